# Uncaught exception whose class overrides __str__ (the traceback uses it)
class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return f"HTTP {self.status} for {self.url}"

class Client:
    routes = {"/": 200, "/admin": 403}

    def get(self, url):
        status = self.routes.get(url, 404)
        if status != 200:
            raise HttpError(status, url)
        return "page " + url

c = Client()
print(c.get("/"))
try:
    c.get("/admin")
except HttpError as e:
    print("handled:", e, e.args, repr(e))
c.get("/missing")
