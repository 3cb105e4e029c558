print("pilar")
