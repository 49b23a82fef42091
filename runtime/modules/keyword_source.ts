// The keyword module, as Python source run by pyvm itself (see python_source.ts): Python
// 3.11's keywords and soft keywords, and the tests for them.
//
// The source is pyvm's own, written from the documented behaviour, not taken from CPython's Lib/.

import { definePythonModule } from './python_source';

export const KEYWORD_SOURCE = `
"""Keywords (from "Grammar/python.gram")"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
`;

definePythonModule('keyword', KEYWORD_SOURCE);
