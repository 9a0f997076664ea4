namespace Safeguard.Data.Returns;

/// <summary>
/// A small bounded queue between two threads that waits without spinning. BlockingCollection (SemaphoreSlim) spins
/// before it blocks: with the census export's eight threads on two shared cores, the threads waiting on each other
/// burned more CPU spinning than the reading they were waiting for. Monitor.Wait gives the core up at once.
/// </summary>
internal sealed class HandOff<T>(int capacity)
{
    private readonly Queue<T> _items = new(capacity);
    private readonly object _gate = new();
    private bool _completed;
    private bool _abandoned;

    /// <summary>Adds, waiting while full; false when the taker has abandoned the queue (nothing more is wanted).</summary>
    public bool Add(T item)
    {
        lock (_gate)
        {
            while (_items.Count >= capacity && !_abandoned) Monitor.Wait(_gate);
            if (_abandoned) return false;
            _items.Enqueue(item);
            if (_items.Count == 1) Monitor.PulseAll(_gate);
            return true;
        }
    }

    /// <summary>Takes the next item, waiting while empty; false once the queue is complete and empty.</summary>
    public bool TryTake(out T item)
    {
        lock (_gate)
        {
            while (_items.Count == 0 && !_completed) Monitor.Wait(_gate);
            if (_items.Count == 0)
            {
                item = default!;
                return false;
            }
            item = _items.Dequeue();
            if (_items.Count == capacity - 1) Monitor.PulseAll(_gate);
            return true;
        }
    }

    /// <summary>No more items will be added.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The taker wants nothing more: a waiting adder is released (and told so).</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            _abandoned = true;
            _items.Clear();
            Monitor.PulseAll(_gate);
        }
    }
}
