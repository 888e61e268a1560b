"""Options for the triage heads, measured on the vectors that EmbeddingCache writes.

The head is SoftmaxRegression's recipe (full-batch Adam, L2 per weight, class-balanced loss),
written again in NumPy so that each option costs seconds. Its folds and its BANKING77 draw are
not the Java harness's, so its baselines differ a little from bench/triage.sh's figures.

    ./mvnw -B test -Pbench -Dtest=EmbeddingCache   # once: writes target/embeddings-cache/
    python3 bench/experiments/heads.py sentiment|banking77|intent

Needs Python 3 and NumPy. It prints one line per option; bench/README.md keeps the results.
"""
import sys

import numpy as np

CACHE = 'target/embeddings-cache/'
AIRLINE_CODE = dict(DELAY='DELAY', BAGGAGE='BAGGAGE', INFLIGHT_ENTERTAINMENT='INFLIGHTENT',
                    TERMINAL_OPERATIONS='TERMOPS', INFLIGHT_FACILITIES='INFLIGHTFACS', FLIGHT_STAFF='FLIGHTSTAFF',
                    BOOKING='BOOKFLT', CHECK_IN='CHECKIN', CUSTOMER_SUPPORT='CUSTSUPP', REWARDS='REWARDS',
                    CHANGE_FLIGHT='CHGFLT', TERMINAL_FACILITIES='TERMFACS', NEW_FEATURE='NEWFEAT',
                    PRAISE='OTHER', SPAM='OTHER', OTHER='OTHER')


def load(name):
    raw = open(CACHE + name + '.f32', 'rb').read()
    n, d = np.frombuffer(raw[:8], '<i4')
    x = np.frombuffer(raw[8:], '<f4').reshape(n, d).astype(np.float64)
    return x, open(CACHE + name + '.labels').read().split('\n')[:n]


def fit(x, y, classes, l2, epochs=300, rate=0.05, weight=None):
    """Weights and bias of the head, as SoftmaxRegression.fit with balanced classes."""
    counts = np.bincount(y, minlength=classes)
    s = (len(y) / (classes * np.maximum(counts, 1)))[y] * (1 if weight is None else weight)
    s = s / s.sum()
    params = [np.zeros((classes, x.shape[1])), np.zeros(classes)]
    moments = [[np.zeros_like(p), np.zeros_like(p)] for p in params]
    one_hot = np.eye(classes)[y]
    for t in range(1, epochs + 1):
        error = (softmax(x @ params[0].T + params[1]) - one_hot) * s[:, None]
        for p, g, (m, v) in zip(params, (error.T @ x + l2 * params[0], error.sum(0)), moments):
            m[...] = 0.9 * m + 0.1 * g
            v[...] = 0.999 * v + 0.001 * g * g
            p -= rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return lambda z: z @ params[0].T + params[1]


def softmax(scores):
    e = np.exp(scores - scores.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def folds(n, k=5, seed=7):
    order = np.random.RandomState(seed).permutation(n)
    return [(np.setdiff1d(np.arange(n), order[i::k]), order[i::k]) for i in range(k)]


def macro_recall(y, p):
    return np.mean([np.mean(p[y == c] == c) for c in np.unique(y)])


def macro_f1(y, p):
    f = []
    for c in np.unique(y):
        tp, fp, fn = np.sum((y == c) & (p == c)), np.sum((y != c) & (p == c)), np.sum((y == c) & (p != c))
        f.append(2 * tp / (2 * tp + fp + fn) if tp else 0)
    return np.mean(f)


def centred(train, test):
    mu = train.mean(0)
    return [(a - mu) / np.linalg.norm(a - mu, axis=1, keepdims=True) for a in (train, test)]


def cv_scores(x, y, classes, l2, seed=7, transform=None):
    """Out-of-fold scores of every row (5-fold)."""
    scores = np.zeros((len(y), classes))
    for train, held in folds(len(y), seed=seed):
        a, b = (x[train], x[held]) if transform is None else transform(x[train], x[held])
        scores[held] = fit(a, y[train], classes, l2)(b)
    return scores


def standardised(train, test):
    mu, sd = train.mean(0), train.std(0) + 1e-6
    return [(a - mu) / sd for a in (train, test)]


def one_hidden_layer(x, y, test, width=256, l2=1e-3, epochs=300, rate=0.01, dropout=0.3, classes=3):
    """ReLU layer with dropout, then softmax; balanced classes, Adam. Returns the test rows' scores."""
    random = np.random.RandomState(0)
    s = (len(y) / (classes * np.bincount(y)))[y]
    s = s / s.sum()
    params = [random.randn(x.shape[1], width) * np.sqrt(2 / x.shape[1]), np.zeros(width),
              random.randn(width, classes) * np.sqrt(1 / width), np.zeros(classes)]
    moments = [[np.zeros_like(p), np.zeros_like(p)] for p in params]
    one_hot = np.eye(classes)[y]
    for t in range(1, epochs + 1):
        z = x @ params[0] + params[1]
        mask = (random.rand(*z.shape) > dropout) / (1 - dropout)
        h = np.maximum(z, 0) * mask
        error = (softmax(h @ params[2] + params[3]) - one_hot) * s[:, None]
        back = error @ params[2].T * mask * (z > 0)
        grads = (x.T @ back + l2 * params[0], back.sum(0), h.T @ error + l2 * params[2], error.sum(0))
        for p, g, (m, v) in zip(params, grads, moments):
            m[...] = 0.9 * m + 0.1 * g
            v[...] = 0.999 * v + 0.001 * g * g
            p -= rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return np.maximum(test @ params[0] + params[1], 0) @ params[2] + params[3]


def sentiment():
    x, labels = load('tweeteval')
    y = np.array([int(v) for v in labels])
    print('baseline, L2 0.0005', macro_recall(y, cv_scores(x, y, 3, 5e-4).argmax(1)))
    for l2 in (5e-4, 1e-3):
        print('L2', l2, 'fold draws 1-3', [round(macro_recall(y, cv_scores(x, y, 3, l2, s).argmax(1)), 4) for s in (1, 2, 3)])
    print('centred and normalised', macro_recall(y, cv_scores(x, y, 3, 5e-4, transform=centred).argmax(1)))
    for l2 in (5e-4, 2e-3, 1e-2):
        print('standardised, L2', l2, macro_recall(y, cv_scores(x, y, 3, l2, transform=standardised).argmax(1)))
    hidden = np.zeros(len(y), int)
    for train, held in folds(len(y)):
        hidden[held] = one_hidden_layer(x[train], y[train], x[held]).argmax(1)
    print('one hidden layer of 256', macro_recall(y, hidden))
    grid = [2.5e-4, 5e-4, 1e-3, 2e-3]
    offsets = [np.array([a, 0, c]) for a in np.arange(-1, 1.01, 0.1) for c in np.arange(-1, 1.01, 0.1)]
    by_l2, by_offset = np.zeros(len(y), int), np.zeros(len(y), int)
    for train, held in folds(len(y)):
        inner = {l2: cv_scores(x[train], y[train], 3, l2, seed=11) for l2 in grid}
        l2 = max(grid, key=lambda v: macro_recall(y[train], inner[v].argmax(1)))
        by_l2[held] = fit(x[train], y[train], 3, l2)(x[held]).argmax(1)
        o = max(offsets, key=lambda v: macro_recall(y[train], (inner[5e-4] + v).argmax(1)))
        by_offset[held] = (fit(x[train], y[train], 3, 5e-4)(x[held]) + o).argmax(1)
    print('nested CV, L2 picked by inner CV', macro_recall(y, by_l2))
    print('nested CV, class offsets picked by inner CV', macro_recall(y, by_offset))


def banking77():
    x, labels = load('banking77')
    names, name_labels = load('banking77-names')
    intents = list(dict.fromkeys(labels))
    y = np.array([intents.index(v) for v in labels])
    random = np.random.RandomState(7)
    train, test = [], []
    for c in range(len(intents)):
        rows = random.permutation(np.where(y == c)[0])
        train += list(rows[:10])
        test += list(rows[10:])

    def accuracy(xs, ys, l2=1e-4, weight=None, transform=None):
        a, b = (xs, x[test]) if transform is None else transform(xs, x[test])
        return np.mean(fit(a, ys, len(intents), l2, weight=weight)(b).argmax(1) == y[test])

    print('baseline', accuracy(x[train], y[train]))
    for l2 in (3e-5, 3e-4, 1e-3):
        print('L2', l2, accuracy(x[train], y[train], l2))
    print('centred and normalised', accuracy(x[train], y[train], transform=centred))
    print('intent names as examples', accuracy(np.vstack([x[train], names]),
                                               np.concatenate([y[train], [intents.index(v) for v in name_labels]])))
    for shrink, pool in ((0.1, x[train]), (0.5, x[train]), (0.1, x)):
        print('whitened, shrink', shrink, 'on', len(pool), 'rows', accuracy(x[train], y[train], transform=whitening(pool, shrink)))
    head = fit(x[train], y[train], len(intents), 1e-4)
    means = np.array([x[train][y[train] == c].mean(0) for c in range(len(intents))])
    means /= np.linalg.norm(means, axis=1, keepdims=True)
    for temperature in (10, 20, 40):
        both = np.log(softmax(head(x[test]))) + np.log(softmax(temperature * x[test] @ means.T))
        print('head and class means, temperature', temperature, np.mean(both.argmax(1) == y[test]))
    halves = np.random.RandomState(3).permutation(test)
    halves = (halves[::2], halves[1::2])
    for confidence, weight in ((0.5, 1.0), (0.7, 1.0), (0.3, 0.5)):
        right = 0
        for pool, scored in (halves, halves[::-1]):
            p = softmax(head(x[pool]))
            keep = p.max(1) >= confidence
            again = fit(np.vstack([x[train], x[pool][keep]]), np.concatenate([y[train], p.argmax(1)[keep]]),
                        len(intents), 1e-4, weight=np.concatenate([np.ones(len(train)), np.full(keep.sum(), weight)]))
            right += np.sum(again(x[scored]).argmax(1) == y[scored])
        print('self-training on half of the scored rows, other half scored', confidence, weight, right / len(test))


def whitening(pool, shrink):
    """Centres on the pool's mean and whitens with its covariance, shrunk toward the identity."""
    mu = pool.mean(0)
    cov = np.cov((pool - mu).T)
    cov = (1 - shrink) * cov + shrink * np.trace(cov) / len(cov) * np.eye(len(cov))
    values, vectors = np.linalg.eigh(cov)
    t = vectors / np.sqrt(values)

    def transform(train, test):
        return [(a - mu) @ t / np.linalg.norm((a - mu) @ t, axis=1, keepdims=True) for a in (train, test)]
    return transform


def intent():
    kx, kl = load('kb-examples')
    ax, al = load('airline-intents')
    codes = sorted(set(al))
    firstline = sorted(set(kl))
    ay = np.array([codes.index(v) for v in al])
    ky = np.array([codes.index(AIRLINE_CODE[v]) for v in kl])
    to_code = np.array([codes.index(AIRLINE_CODE[v]) for v in firstline])

    def shipped(l2=1e-4, extra=None, weight=None):
        """The head fitted on the examples alone (and on extra pseudo-labelled rows), in Firstline's intents."""
        xs, ys = kx, np.array([firstline.index(v) for v in kl])
        if extra is not None:
            xs, ys = np.vstack([xs, extra[0]]), np.concatenate([ys, extra[1]])
        return fit(xs, ys, len(firstline), l2, weight=weight)

    print('baseline (as shipped)', macro_f1(ay, to_code[shipped()(ax).argmax(1)]))
    examples, posts = centred(kx, ax)
    head = fit(examples, np.array([firstline.index(v) for v in kl]), len(firstline), 1e-4)
    print('centred and normalised', macro_f1(ay, to_code[head(posts).argmax(1)]))
    grid = [3e-5, 1e-4, 3e-4, 1e-3]
    predicted = {l2: to_code[shipped(l2)(ax).argmax(1)] for l2 in grid}
    for l2 in grid:
        print('L2', l2, macro_f1(ay, predicted[l2]))
    nested = np.zeros(len(ay), int)
    for train, held in folds(len(ay)):
        best = max(grid, key=lambda v: macro_f1(ay[train], predicted[v][train]))
        nested[held] = predicted[best][held]
    print('nested CV, L2 picked on the other folds', macro_f1(ay, nested))
    pool, _ = load('airline-posts')
    p = softmax(shipped()(pool))
    for confidence, weight in ((0.5, 0.5), (0.7, 1.0)):
        keep = p.max(1) >= confidence
        w = np.concatenate([np.ones(len(kl)), np.full(keep.sum(), weight)])
        head = shipped(extra=(pool[keep], p.argmax(1)[keep]), weight=w)
        print('self-training', confidence, weight, macro_f1(ay, to_code[head(ax).argmax(1)]))
    for seed in (7, 8, 9):
        out = np.zeros(len(ay), int)
        for train, held in folds(len(ay), seed=seed):
            out[held] = fit(np.vstack([kx, ax[train]]), np.concatenate([ky, ay[train]]), len(codes), 1e-4)(ax[held]).argmax(1)
        print('5-fold CV, examples and the other folds\' posts, draw', seed, macro_f1(ay, out))


if __name__ == '__main__':
    {'sentiment': sentiment, 'banking77': banking77, 'intent': intent}[sys.argv[1]]()
