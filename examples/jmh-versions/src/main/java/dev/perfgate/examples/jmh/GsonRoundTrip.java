package dev.perfgate.examples.jmh;

import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A small, typical JSON workload: an order with a dozen lines, serialised and parsed back. Uses only
 * Gson API that every compared version has ({@code new Gson()}, {@code toJson}, {@code fromJson}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GsonRoundTrip {

    public static final class Line {
        String sku;
        int quantity;
        double unitPrice;
    }

    public static final class Order {
        String id;
        String customer;
        List<Line> lines = new ArrayList<>();
        boolean express;
    }

    private Gson gson;
    private Order order;

    @Setup
    public void setUp() {
        gson = new Gson();
        order = new Order();
        order.id = "ord-20240611-0042";
        order.customer = "ACME Corporation, Logistics \"North\"";
        order.express = true;
        for (int i = 0; i < 12; i++) {
            Line line = new Line();
            line.sku = "SKU-" + (1000 + 37 * i);
            line.quantity = 1 + i % 5;
            line.unitPrice = 9.99 + i * 1.25;
            order.lines.add(line);
        }
    }

    /** Returns the parsed order so JMH keeps the work from being optimised away. */
    @Benchmark
    public Order roundTrip() {
        return gson.fromJson(gson.toJson(order), Order.class);
    }
}
