import io
import sys
import tarfile

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w', format=tarfile.PAX_FORMAT) as tar:
    for name, data in (('a.txt', b'hello\n'), ('dir/b.bin', bytes(range(256)) * 3), ('ünï.txt', b'x')):
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = 1700000000
        info.mode = 0o644
        tar.addfile(info, io.BytesIO(data))
print(len(buf.getvalue()), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
buf.seek(0)
with tarfile.open(fileobj=buf) as tar:
    for m in tar.getmembers():
        print(m.name, m.size, oct(m.mode), m.mtime, m.isfile(), len(tar.extractfile(m).read()))
    print(tar.getnames())
