import statistics as st
d = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(d), st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean([0.1, 0.2, 0.3]), st.fmean([1, 2, 3, 4]))
print(st.median(d), st.median([3, 1, 2]), st.median_low(d), st.median_high(d), st.mode(d), st.multimode('aabbc'))
print(st.variance(d), st.pvariance(d), st.stdev(d), st.pstdev(d), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0.1, 0.2, 0.3, 0.4]), st.mean([True, False, True]))
for f, a in [(st.mean, []), (st.stdev, [1]), (st.median, []), (st.mode, [])]:
    try:
        f(a)
    except st.StatisticsError as e:
        print('StatisticsError', e)
