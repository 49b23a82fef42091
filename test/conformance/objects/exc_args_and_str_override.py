# An exception whose __str__ uses its args; printing the uncaught exception uses __str__.
class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
    def __str__(self):
        code, reason = self.args
        return f'HTTP {code}: {reason}'
e = HTTPError(404, 'Not Found')
print(e, repr(e), e.args)
raise HTTPError(503, 'Service Unavailable')
