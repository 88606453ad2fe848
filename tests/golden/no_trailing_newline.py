def f():
    return 1
  # odd comment
x = f()