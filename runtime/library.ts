// The runtime library (L): importing this file registers, on the core object model, the
// number types' behaviour, str and the containers' named methods, the builtins module's
// functions and types, and the built-in modules (math, sys, time, random, collections,
// itertools, functools). Load order: after runtime/core.ts (it imports it first).

import './core';
import './lib_number_types';
import './str_methods';
import './builtins_core';
import './container_methods';
import './bytes_methods';
import './modules/math';
import './modules/random';
import './modules/time';
import './modules/collections';
import './modules/itertools';
import './modules/functools';
import './modules/sys_extras';
import './modules/operator';
import './modules/contextlib';
import './generic_alias';
import './modules/heapq_bisect';
import './modules/copy_string';
import './modules/typing_abc';
import './modules/dataclasses';
import './modules/json';
import './modules/fractions';
import './modules/statistics';
