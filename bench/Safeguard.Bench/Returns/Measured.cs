using System.Diagnostics;

namespace Safeguard.Bench.Returns;

/// <summary>Time and peak memory of one step: the working set and managed heap are sampled every 10 ms while it runs.</summary>
public sealed record Measured(string Step, int Children, long Bytes, TimeSpan Elapsed, long PeakWorkingSet, long PeakManagedHeap, int Referrals = 0)
{
    public static Measured Run(string step, Func<(int Children, long Bytes)> work) =>
        Run(step, () =>
        {
            var (children, bytes) = work();
            return (children, bytes, 0);
        });

    public static Measured Run(string step, Func<(int Children, long Bytes, int Referrals)> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        long peakSet = 0, peakHeap = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peakSet = Math.Max(peakSet, process.WorkingSet64);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                try { await Task.Delay(10, stop.Token); } catch (TaskCanceledException) { }
            }
        });
        var watch = Stopwatch.StartNew();
        var (children, bytes, referrals) = work();
        watch.Stop();
        stop.Cancel();
        sampler.Wait();
        process.Refresh();
        peakSet = Math.Max(peakSet, process.WorkingSet64);
        return new Measured(step, children, bytes, watch.Elapsed, peakSet, peakHeap, referrals);
    }

    public double MicrosecondsPerChild => Children == 0 ? 0 : Elapsed.TotalMilliseconds * 1000 / Children;
}
