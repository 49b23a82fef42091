# A classic exercise: read N then N numbers, print statistics.
n = int(input())
nums = [float(input()) for _ in range(n)]
mean = sum(nums) / n
var = sum((x - mean) ** 2 for x in nums) / n
print(f'n={n} min={min(nums)} max={max(nums)} mean={mean:.4f} var={var:.4f}')
print(sorted(nums), round(mean, 2))
