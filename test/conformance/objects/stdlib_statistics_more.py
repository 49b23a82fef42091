# statistics: geometric_mean, harmonic_mean, median_grouped, quantiles, covariance,
# correlation, linear_regression, fmean's weights, NormalDist.
import statistics as st
from statistics import NormalDist, StatisticsError
from fractions import Fraction

print(round(st.geometric_mean([54, 24, 36]), 9), st.geometric_mean([2.5, 4.0, 8.0]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([Fraction(1, 2), Fraction(1, 3)]))
print(st.harmonic_mean([5]), st.harmonic_mean([0, 5]), st.harmonic_mean(iter([1, 2, 4])))
print(st.harmonic_mean([1, 2], weights=[0, 3]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1))
print(st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.median_grouped([7]), st.median_grouped([2.5, 3.5]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                    106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                    103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4), st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'))
print(st.quantiles([1.5, 2.5], n=3), st.quantiles([1, 2, 3], n=1), st.quantiles(range(10), n=5, method='inclusive'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, list(reversed(x))), st.correlation(x, x), st.correlation(x, list(reversed(x))))
print(st.correlation(x, y), st.covariance([1.5, 2.5, 0.25], [3, 1, 2]))
lr = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5])
print(lr, lr.slope, lr.intercept, type(lr).__name__, st.LinearRegression._fields)
print(st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(st.fmean(iter([1, 2, 3]), weights=iter([3, 2, 1])), st.fmean([1, 2], None))

errors = [
    lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -1]), lambda: st.geometric_mean([0, 2]),
    lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([-1]), lambda: st.harmonic_mean([1, -2]),
    lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.harmonic_mean([1, 2], weights=[0, 0]),
    lambda: st.harmonic_mean(['a']), lambda: st.median_grouped([]), lambda: st.median_grouped(['a', 'b']),
    lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], method='x'),
    lambda: st.covariance([1, 2], [1]), lambda: st.covariance([1], [1]), lambda: st.correlation([1, 1], [1, 2]),
    lambda: st.correlation([1], [2]), lambda: st.linear_regression([1, 1], [1, 2]),
    lambda: st.linear_regression([1, 2], [1, 2, 3]), lambda: st.fmean([1, 2], weights=[1]),
    lambda: st.fmean([1, 2], weights=[1, -1]),
]
for f in errors:
    try:
        print(f())
    except (StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

# NormalDist
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
# (cdf and overlap go through math.erf: rounded, pyvm's erf is not libm's to the last bit)
print(n.pdf(100), round(n.cdf(115), 12), n.inv_cdf(0.975), n.zscore(130))
print([round(q, 10) for q in n.quantiles()], NormalDist().quantiles(n=5))
for p in (1e-10, 0.01, 0.02425, 0.3, 0.5, 0.8, 0.99, 1 - 1e-12):
    print(p, NormalDist().inv_cdf(p))
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 8), round(NormalDist(1, 2).overlap(NormalDist(3, 2)), 12))
print(n + 5, n - 5, n * 2, n / 2, 5 + n, 10 - n, 3 * n, +n, -n)
print(n + NormalDist(10, 20), n - NormalDist(10, 20))
print(n == NormalDist(100.0, 15.0), n == NormalDist(100, 16), n == 5, hash(n) == hash(NormalDist(100, 15)))
s = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(s, NormalDist.from_samples(iter([1, 2, 3, 4])))
print(len(NormalDist(0, 1).samples(5, seed=42)), NormalDist(0, 0).samples(3, seed=1))
print(n.__getstate__(), NormalDist.__slots__ == {'_mu': 'Arithmetic mean of a normal distribution',
                                                  '_sigma': 'Standard deviation of a normal distribution'})
d = NormalDist.__new__(NormalDist)
d.__setstate__((1.0, 2.0))
print(d)
try:
    n.extra = 1
except AttributeError as e:
    print('AttributeError')
for f in (lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist(0, 0).cdf(1),
          lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.5), lambda: NormalDist(0, 0).inv_cdf(0.5),
          lambda: n.overlap(3), lambda: NormalDist(0, 0).overlap(n), lambda: NormalDist(0, 0).zscore(1),
          lambda: NormalDist.from_samples([1])):
    try:
        print(f())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(NormalDist.__module__, st.correlation.__module__, st.LinearRegression.__module__)
