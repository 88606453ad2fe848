if True:
	x = 1
	y = 2
else:
  z = 3
