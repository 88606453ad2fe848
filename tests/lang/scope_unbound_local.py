# UnboundLocalError: a name assigned anywhere in a function is local everywhere in it
count = 10

def reads_then_assigns():
    try:
        print(count)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    count = 5
    return count
print(reads_then_assigns())

def aug_assign():
    count += 1
try:
    aug_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# assignment in a branch that was not taken
def branch(flag):
    if flag:
        value = "set"
    return value
print(branch(True))
try:
    branch(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# for-loop target makes the name local
def loop_target():
    total = count
    for count in range(3):
        pass
    return total
try:
    loop_target()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# del makes a name local too
def del_local():
    x = 1
    del x
    return x
try:
    del_local()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
