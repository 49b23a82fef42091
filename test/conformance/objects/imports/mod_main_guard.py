# Helper module with a __main__ guard.
def helper():
    return 'helper called'
if __name__ == '__main__':
    print('mod_main_guard run as a script')
else:
    print('mod_main_guard imported as', __name__)
