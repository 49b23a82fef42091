// The textwrap module, as Python source run by pyvm itself (see python_source.ts): TextWrapper
// with all of its options (width, initial_indent, subsequent_indent, expand_tabs, tabsize,
// replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace,
// break_on_hyphens, max_lines, placeholder), wrap, fill, shorten, dedent and indent, breaking
// lines exactly where CPython 3.11's does.
//
// CPython splits text into chunks with regular expressions (wordsep_re, wordsep_simple_re,
// the sentence-ending and dedent patterns). pyvm's module does not depend on `re`: _split_words
// is a hand-written scanner that makes the same chunks as wordsep_re's alternation (a
// whitespace run; an em-dash of two or more hyphens between a word character and a \\w; the
// shortest run of non-whitespace ending at a hyphen between letters, before whitespace or the
// end, or before an em-dash), and the other patterns are plain string tests. The compiled
// patterns themselves (TextWrapper.wordsep_re ...) are therefore not attributes here.
//
// The source is pyvm's own, written from the documented behaviour, not taken from CPython's Lib/.

import { definePythonModule } from './python_source';

export const TEXTWRAP_SOURCE = `
"""Text wrapping and filling."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\\t\\n\\x0b\\x0c\\r '


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in '_!"\\'&.,?'


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _emdash_at(text, i):
    # -{2,} followed by a word character, starting at i
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _split_words(text):
    """The chunks of wordsep_re.split(text): words (split after hyphens between letters and
    before em-dashes), em-dashes and whitespace runs, in order, none empty."""
    chunks = []
    n = len(text)
    p = 0
    ws = _whitespace
    while p < n:
        c = text[p]
        if c in ws:
            q = p + 1
            while q < n and text[q] in ws:
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        if p > 0 and c == '-' and _is_word_punct(text[p - 1]) and _emdash_at(text, p):
            q = p
            while text[q] == '-':
                q += 1
            chunks.append(text[p:q])
            p = q
            continue
        q = p + 1
        while True:
            # text[p:q] is the shortest run of non-whitespace tried so far
            if q < n and text[q] == '-':
                behind = ((_letter_at(text, q - 2) and _letter_at(text, q - 1)) or
                          (q - 3 >= 0 and _letter_at(text, q - 3) and text[q - 2] == '-'
                           and _letter_at(text, q - 1)))
                if behind and _letter_at(text, q + 1) and (
                        _letter_at(text, q + 2) or
                        (q + 2 < n and text[q + 2] == '-' and _letter_at(text, q + 3))):
                    q += 1
                    break
            if q >= n or text[q] in ws:
                break
            if _is_word_punct(text[q - 1]) and _emdash_at(text, q):
                break
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    p = 0
    ws = _whitespace
    while p < n:
        inws = text[p] in ws
        q = p + 1
        while q < n and (text[q] in ws) == inws:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _sentence_end(chunk):
    # [a-z][\\.\\!\\?][\\"\\']?\\Z
    if chunk and chunk[-1] in '"\\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0

            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent

            width = self.width - len(indent)

            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of no more than
        'self.width' columns, and return a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no more than
        'self.width' columns, and return a new string containing the entire wrapped
        paragraph."""
        return "\\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in 'text'."""
    lines = text.split('\\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \\t'):
            lines[i] = ''
    margin = None
    for line in lines:
        content = line.lstrip(' \\t')
        if not content:
            continue
        indent = line[:len(line) - len(content)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        k = len(margin)
        lines = [line[k:] if line.startswith(margin) else line for line in lines]
    return '\\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
`;

definePythonModule('textwrap', TEXTWRAP_SOURCE);
