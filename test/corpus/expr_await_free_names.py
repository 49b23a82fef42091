await_ = 1
async_ = 2
print(await_, async_)
