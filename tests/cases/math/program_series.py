# Program-like: series, probabilities and number theory with math
import math
e_approx = sum(1 / math.factorial(k) for k in range(20))
print('e', repr(e_approx), repr(math.e - e_approx))
pi_wallis = 2.0
for k in range(1, 10001):
    pi_wallis *= (4 * k * k) / (4 * k * k - 1)
print('wallis', repr(pi_wallis))
pi_machin = 4 * (4 * math.atan(1 / 5) - math.atan(1 / 239))
print('machin', repr(pi_machin), pi_machin == math.pi)
basel = math.fsum(1 / k ** 2 for k in range(1, 100001))
print('basel', repr(basel), repr(math.sqrt(6 * basel)))
def binom_pmf(n, k, p):
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)
pmf = [binom_pmf(10, k, 0.3) for k in range(11)]
print('binomial', [round(x, 6) for x in pmf], repr(math.fsum(pmf)))
def normal_cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * (1 + math.erf((x - mu) / (sigma * math.sqrt(2))))
print('normal', [round(normal_cdf(z), 6) for z in (-3, -2, -1, 0, 1, 2, 3)])
print('birthday', [(n, round(1 - math.perm(365, n) / 365 ** n, 6)) for n in (10, 23, 50)])
def stirling(n):
    return math.sqrt(2 * math.pi * n) * (n / math.e) ** n
print('stirling', [(n, round(stirling(n) / math.factorial(n), 8)) for n in (1, 5, 10, 50, 100)])
def totient(n):
    return sum(1 for k in range(1, n + 1) if math.gcd(n, k) == 1)
print('totient', [totient(n) for n in range(1, 21)])
print('perfect squares', [n for n in range(200) if math.isqrt(n) ** 2 == n])
print('lcm 1..30', math.lcm(*range(1, 31)), 'digits', len(str(math.lcm(*range(1, 31)))))
print('catalan', [math.comb(2 * n, n) // (n + 1) for n in range(15)])
print('log table', [(b, repr(math.log(1024, b))) for b in (2, 4, 32, 10)])
