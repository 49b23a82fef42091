a = '''line one
line two
  indented
'''
b = """
"quoted" inside
"""
c = '''has ' and " and \'\'\' inside'''
