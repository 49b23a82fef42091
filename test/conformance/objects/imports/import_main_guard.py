# __name__ is "__main__" for the program and the module name for imports.
import mod_main_guard
print(__name__, mod_main_guard.__name__, mod_main_guard.helper())
if __name__ == '__main__':
    print('running as the main program')
