print("mod_main_check __name__ =", __name__)
if __name__ == "__main__":
    print("never printed when imported")
