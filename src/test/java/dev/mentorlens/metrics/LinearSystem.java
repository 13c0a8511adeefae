package dev.mentorlens.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear equations over named unknowns, as an attacker would write them from published numbers,
 * with the question that matters: does the system fix this unknown's value?
 */
final class LinearSystem {

    private static final int MAX_VARIABLES = 1023;

    private final Map<String, Integer> variables = new HashMap<>();
    private final List<double[]> equations = new ArrayList<>();

    int variable(String name) {
        return variables.computeIfAbsent(name, k -> variables.size());
    }

    List<Integer> variablesStartingWith(String prefix) {
        return variables.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .toList();
    }

    /**
     * An equation from (coefficient, variable) pairs; a pair with a {@code null} variable is the constant term.
     */
    void equation(Object... terms) {
        Map<Integer, Double> coefficients = new HashMap<>();
        double constant = 0;
        for (int i = 0; i < terms.length; i += 2) {
            double c = ((Number) terms[i]).doubleValue();
            if (terms[i + 1] == null) {
                constant += c;
            } else {
                coefficients.merge((Integer) terms[i + 1], c, Double::sum);
            }
        }
        double[] row = new double[MAX_VARIABLES + 1];
        coefficients.forEach((v, c) -> row[v] = c);
        row[row.length - 1] = constant;
        equations.add(row);
    }

    /** Whether the system fixes the variable's value: its unit vector lies in the span of the equations. */
    boolean determined(int variable) {
        int width = variables.size();
        double[][] base = new double[equations.size()][];
        for (int i = 0; i < base.length; i++) {
            base[i] = Arrays.copyOf(equations.get(i), width);
        }
        double[][] extended = Arrays.copyOf(base, base.length + 1);
        extended[base.length] = new double[width];
        extended[base.length][variable] = 1;
        return rank(extended, width) == rank(base, width);
    }

    /** The variable's value, when the system fixes it; NaN otherwise. */
    double value(int variable) {
        int width = variables.size();
        double[][] m = new double[equations.size()][];
        for (int i = 0; i < m.length; i++) {
            double[] eq = equations.get(i);
            m[i] = Arrays.copyOf(eq, width + 1);
            m[i][width] = -eq[eq.length - 1];
        }
        int row = 0;
        for (int col = 0; col < width && row < m.length; col++) {
            int pivot = pivot(m, row, col);
            if (pivot < 0) {
                continue;
            }
            eliminate(m, row, col, pivot);
            row++;
        }
        for (double[] r : m) {
            if (Math.abs(r[variable] - 1) < 1e-9) {
                return Math.rint(r[width] * 1e6) / 1e6;
            }
        }
        return Double.NaN;
    }

    private static int rank(double[][] rows, int width) {
        double[][] m = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            m[i] = rows[i].clone();
        }
        int rank = 0;
        for (int col = 0; col < width && rank < m.length; col++) {
            int pivot = pivot(m, rank, col);
            if (pivot < 0) {
                continue;
            }
            eliminate(m, rank, col, pivot);
            rank++;
        }
        return rank;
    }

    private static int pivot(double[][] m, int from, int col) {
        for (int r = from; r < m.length; r++) {
            if (Math.abs(m[r][col]) > 1e-9) {
                return r;
            }
        }
        return -1;
    }

    private static void eliminate(double[][] m, int row, int col, int pivot) {
        double[] swap = m[row];
        m[row] = m[pivot];
        m[pivot] = swap;
        double p = m[row][col];
        for (int c = 0; c < m[row].length; c++) {
            m[row][c] /= p;
        }
        for (int r = 0; r < m.length; r++) {
            if (r != row && Math.abs(m[r][col]) > 1e-9) {
                double f = m[r][col];
                for (int c = 0; c < m[r].length; c++) {
                    m[r][c] -= f * m[row][c];
                }
            }
        }
    }
}
