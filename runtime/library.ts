// The runtime library (L): importing this file registers, on the core object model, the
// number types' behaviour, str and the containers' named methods, the builtins module's
// functions and types, and the built-in modules (math, random, time, collections, itertools,
// functools, operator, contextlib, heapq, bisect, copy, string, typing, abc, dataclasses,
// json, fractions, statistics; sys additions). Load order: after runtime/core.ts (it
// imports it first).

import './core';
// Built-in modules whose files have no import-time effect beyond registering themselves
// are loaded on first import (runtime/lazy_module.ts; start-up time, docs/performance.md);
// the others below stay eager (sys_extras adds to sys at interpreter set-up).
import { lazyModule } from './lazy_module';
import './lib_number_types';
import './str_methods';
import './builtins_core';
import './container_methods';
import './bytes_methods';
import './memoryview';
import './async_generator';
import './modules/open_builtin';
lazyModule(['math'], () => require('./modules/math'));
lazyModule(['random'], () => require('./modules/random'));
lazyModule(['time'], () => require('./modules/time'));
lazyModule(['collections'], () => require('./modules/collections'));
lazyModule(['itertools'], () => require('./modules/itertools'));
lazyModule(['functools'], () => require('./modules/functools'));
import './modules/sys_extras';
lazyModule(['operator'], () => require('./modules/operator'));
lazyModule(['contextlib'], () => require('./modules/contextlib'));
import './generic_alias';
lazyModule(['heapq', 'bisect'], () => require('./modules/heapq_bisect'));
lazyModule(['copy', 'string'], () => require('./modules/copy_string'));
lazyModule(['typing'], () => require('./modules/typing_abc'));
lazyModule(['abc'], () => require('./modules/abc_source'));
lazyModule(['collections.abc', '_collections_abc'], () => require('./modules/collections_abc_source'));
lazyModule(['types'], () => require('./modules/types_source'));
lazyModule(['enum'], () => require('./modules/enum_source'));
lazyModule(['_typing_extras'], () => require('./modules/typing_extras_source'));
lazyModule(['_typing_generic', '_typing_any'], () => require('./modules/typing_generic_source'));
lazyModule(['__future__'], () => require('./modules/future_source'));
lazyModule(['_string_template'], () => require('./modules/string_template_source'));
lazyModule(['_collections_chainmap'], () => require('./modules/chainmap_source'));
lazyModule(['_collections_user'], () => require('./modules/userdict_source'));
lazyModule(['_codecs'], () => require('./modules/codecs_source'));
lazyModule(['errno'], () => require('./modules/errno'));
lazyModule(['_functools_extra'], () => require('./modules/functools_extra_source'));
lazyModule(['_contextlib_extra'], () => require('./modules/contextlib_extra_source'));
lazyModule(['_json_extra'], () => require('./modules/json_extra_source'));
lazyModule(['json.decoder', 'json.encoder', 'json.scanner', '_json'], () => require('./modules/json_pkg_source'));
lazyModule(['_dataclasses_extra'], () => require('./modules/dataclasses_extra_source'));
lazyModule(['_statistics_extra'], () => require('./modules/statistics_extra_source'));
lazyModule(['binascii'], () => require('./modules/binascii'));
lazyModule(['_weakref'], () => require('./modules/weakref_source'));
lazyModule(['_thread'], () => require('./modules/thread_source'));
lazyModule(['_string'], () => require('./modules/string_formatter_source'));
lazyModule(['gc'], () => require('./modules/gc_source'));
lazyModule(['_contextvars'], () => require('./modules/contextvars_source'));
lazyModule(['_csv'], () => require('./modules/csv_source'));
lazyModule(['_signal'], () => require('./modules/signal_source'));
lazyModule(['_posixsubprocess'], () => require('./modules/posixsubprocess_source'));
lazyModule(['select'], () => require('./modules/select_source'));
lazyModule(['_socket'], () => require('./modules/socket_source'));
lazyModule(['_pyvm_code'], () => require('./modules/code_replace'));
lazyModule(['_md5', '_sha1', '_sha256', '_sha512', '_sha3', '_blake2', '_operator'], () => require('./modules/hash_modules'));
lazyModule(['struct'], () => require('./modules/struct'));
lazyModule(['array'], () => require('./modules/array_source'));
lazyModule(['io', '_pyvm_io_exit'], () => require('./modules/io_source'));
lazyModule(['atexit'], () => require('./modules/atexit'));
lazyModule(['posix'], () => require('./modules/posix'));
lazyModule(['os', 'posixpath'], () => require('./modules/os_source'));
lazyModule(['dataclasses'], () => require('./modules/dataclasses'));
lazyModule(['json'], () => require('./modules/json'));
lazyModule(['_ast'], () => require('./modules/ast_source'));
lazyModule(['importlib', 'importlib.machinery', 'importlib.util', 'importlib._bootstrap_external', 'importlib._bootstrap', '_pyvm_imp', '_imp'], () => require('./modules/importlib_source'));
lazyModule(['fractions'], () => require('./modules/fractions'));
lazyModule(['statistics'], () => require('./modules/statistics'));
lazyModule(['re'], () => require('./modules/re'));
lazyModule(['traceback', '_pyvm_traceback'], () => require('./modules/traceback_source'));
lazyModule(['keyword'], () => require('./modules/keyword_source'));
lazyModule(['numbers'], () => require('./modules/numbers_source'));
lazyModule(['textwrap'], () => require('./modules/textwrap_source'));
lazyModule(['warnings', '_pyvm_warnings'], () => require('./modules/warnings_source'));
lazyModule(['timeit'], () => require('./modules/timeit_source'));
lazyModule(['decimal', '_pydecimal'], () => require('./modules/decimal_source'));
lazyModule(['datetime', '_pyvm_datetime'], () => require('./modules/datetime_source'));
lazyModule(['unicodedata'], () => require('./modules/unicodedata'));

// Every slot of the built-in types is set by now: give the commonly called ones their direct
// call entry (runtime/call.ts installVectorcalls; float(i), str(x), range(n) ...).
import { installVectorcalls } from './call';
import * as T from './types';
import { enumerateType, zipType, mapType, filterType, reversedType } from './builtins_core';
installVectorcalls([
  T.intType, T.boolType, T.floatType, T.complexType, T.strType, T.bytesType, T.bytearrayType, T.listType,
  T.tupleType, T.dictType, T.setType, T.frozensetType, T.rangeType, T.sliceType,
  enumerateType, zipType, mapType, filterType, reversedType,
]);
