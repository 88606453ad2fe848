x = 1
# comment

   # indented comment
if x:

    y = 2  # trailing


    z = 3
\

