package io.rostrum.analytics.detect;

/** Divergences between approach mixes, in nats. */
public final class Divergence {

    private Divergence() {
    }

    /** Jensen-Shannon divergence: 0 for equal mixes, at most ln 2. */
    public static double jensenShannon(double[] p, double[] q) {
        double[] m = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            m[i] = (p[i] + q[i]) / 2;
        }
        return (kullbackLeibler(p, m) + kullbackLeibler(q, m)) / 2;
    }

    private static double kullbackLeibler(double[] p, double[] q) {
        double divergence = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                divergence += p[i] * Math.log(p[i] / q[i]);
            }
        }
        return divergence;
    }
}
