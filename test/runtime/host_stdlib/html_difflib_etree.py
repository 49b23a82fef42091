from html.parser import HTMLParser
import html
import difflib
import xml.etree.ElementTree as ET

class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs)
    def handle_endtag(self, tag):
        print('end', tag)
    def handle_data(self, data):
        if data.strip():
            print('data', repr(data))
    def handle_comment(self, data):
        print('comment', repr(data))
    def handle_entityref(self, name):
        print('entity', name)
p = P(convert_charrefs=True)
p.feed('<html><head><title>T &amp; x</title></head><body class="a b" id=main><p>Hi<br/>there &lt;3</p><!-- note --><a href="/x?a=1&amp;b=2">link</a></body></html>')
p.close()
print(html.escape('<a href="x">&</a>'), html.unescape('&lt;&eacute;&#x41;&#66;&nbsp;'))
a = ['one\n', 'two\n', 'three\n', 'four\n']
b = ['one\n', 'too\n', 'three\n', 'five\n', 'four\n']
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt')))
print(''.join(difflib.ndiff(a, b)))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), round(difflib.SequenceMatcher(None, 'abcd', 'bcde').ratio(), 3))
print(difflib.HtmlDiff().make_table(a, b)[:100])
root = ET.Element('root', attrib={'v': '1'})
child = ET.SubElement(root, 'child', name='c1')
child.text = 'text & more'
ET.SubElement(root, 'empty')
print(ET.tostring(root, encoding='unicode'))
print([e.tag for e in root.iter()], root.find('child').get('name'), root.findall('*')[1].tag)
tree = ET.ElementTree(root)
ET.indent(tree)
print(ET.tostring(root, encoding='unicode'))
