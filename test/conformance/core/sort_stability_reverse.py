# sort with reverse=True keeps equal elements in their original order.
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1), ('e', 3)]
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[1]))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(sorted(words, key=len, reverse=True), sorted(reversed(words), key=len))
nums = [3, 1, 2]
nums.sort(key=lambda x: 0)
print(nums)
