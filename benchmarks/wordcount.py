# wordcount: generates a deterministic text, splits it into words, counts them in a dict
# and ranks the most frequent; string building, str methods, dicts and sorting.
# bench: quick=2500 full=900000
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "en", "qu", "ar", "ix"]


def generate(n_words, seed):
    words = []
    state = seed
    for _ in range(n_words):
        # A linear congruential generator keeps the text identical on every implementation.
        state = (state * 1103515245 + 12345) % 2147483648
        k = 1 + (state >> 16) % 3
        parts = []
        s = state
        for _ in range(k):
            parts.append(SYLLABLES[s % len(SYLLABLES)])
            s = s // 12
        w = "".join(parts)
        if (state >> 8) % 17 == 0:
            w = w.capitalize()
        words.append(w)
        if (state >> 4) % 11 == 0:
            words.append("\n")
    return " ".join(words)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            key = word.lower().strip(".,")
            counts[key] = counts.get(key, 0) + 1
    return counts


def main(n):
    text = generate(n, 42)
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print("words", n, "distinct", len(counts), "chars", len(text))
    for word, c in ranked[:5]:
        print(word, c)
    h = 0
    for word, c in ranked:
        for ch in word:
            h = (h * 31 + ord(ch)) % 1000000007
        h = (h + c) % 1000000007
    print("checksum", h)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2500)
