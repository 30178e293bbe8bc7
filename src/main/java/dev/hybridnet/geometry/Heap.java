package dev.hybridnet.geometry;

import java.util.Arrays;

/**
 * A binary min-heap of search states by cost, without boxing; of two equal costs the lower state comes first, so
 * that a search takes the same way on every run.
 */
final class Heap {

    private double[] costs = new double[64];
    private int[] states = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    double peekCost() {
        return costs[0];
    }

    void add(double cost, int state) {
        if (size == costs.length) {
            costs = Arrays.copyOf(costs, size * 2);
            states = Arrays.copyOf(states, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!less(cost, state, costs[parent], states[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        costs[i] = cost;
        states[i] = state;
    }

    /** Removes the cheapest state and returns it; {@link #peekCost} gave its cost. */
    int poll() {
        int top = states[0];
        size--;
        double cost = costs[size];
        int state = states[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(costs[child + 1], states[child + 1], costs[child], states[child])) {
                child++;
            }
            if (!less(costs[child], states[child], cost, state)) {
                break;
            }
            move(child, i);
            i = child;
        }
        costs[i] = cost;
        states[i] = state;
        return top;
    }

    private void move(int from, int to) {
        costs[to] = costs[from];
        states[to] = states[from];
    }

    private static boolean less(double cost, int state, double otherCost, int otherState) {
        return cost < otherCost || (cost == otherCost && state < otherState);
    }
}
