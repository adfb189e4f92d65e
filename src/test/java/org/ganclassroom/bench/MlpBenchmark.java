package org.ganclassroom.bench;

import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.nn.MlpSpec;
import org.ganclassroom.sim.nn.Tape;
import org.ganclassroom.sim.optim.Optimizer;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Cost of the simulator's inner loop on the default net, 1-16-16-1 tanh, batch 64: forward + backward,
 * the same plus an Adam step, and the WGAN-GP penalty's double backprop.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MlpBenchmark {
    private static final int N = 64;
    private Mlp net;
    private Tape tape;
    private Optimizer adam;
    private double[][] x;
    private double[][] dOut;

    @Setup
    public void setUp() {
        net = new Mlp(new MlpSpec(1, List.of(16, 16), Activation.TANH, 1));
        net.initialise(new SplittableRandom(1));
        tape = net.newTape(N);
        adam = OptimizerKind.ADAM.create(net.paramCount(), 0.5, 0.999);
        SplittableRandom rng = new SplittableRandom(2);
        x = new double[1][N];
        dOut = new double[1][N];
        for (int b = 0; b < N; b++) {
            x[0][b] = 4 * rng.nextDouble() - 2;
            dOut[0][b] = rng.nextDouble() - 0.5;
        }
    }

    @Benchmark
    public double[] forwardBackward() {
        net.zeroGrads();
        net.forward(tape, x, N);
        net.backward(tape, dOut, null, N);
        return net.grads();
    }

    @Benchmark
    public double[] forwardBackwardAdam() {
        net.zeroGrads();
        net.forward(tape, x, N);
        net.backward(tape, dOut, null, N);
        net.completeGradients();
        adam.step(net.params(), net.grads(), 1e-6);
        return net.params();
    }

    @Benchmark
    public double gradientPenalty() {
        net.zeroGrads();
        return net.addInputGradientPenalty(tape, x, N, 1.0, 10.0);
    }

    @Benchmark
    public double[][] forwardOnly() {
        return net.forward(tape, x, N);
    }
}
