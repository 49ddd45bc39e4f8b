using System.Collections;

namespace OutlookCms.Domain.Seeding;

/// <summary>
/// An append-only list kept in fixed-size chunks, so a million rows never need one huge array copied on growth, and a
/// full chunk can be handed to a writer while the generator goes on filling the next (<see cref="Stream"/>). Only the
/// last element may be changed after it is added, and only by the thread that adds.
/// </summary>
public sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int Shift = 14;
    private const int Size = 1 << Shift;
    private const int Mask = Size - 1;

    private readonly List<T[]> _chunks = [];
    private Action<ArraySegment<T>>? _sealed;

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _chunks[index >> Shift][index & Mask];
        }

        internal set
        {
            if (index != Count - 1)
            {
                throw new InvalidOperationException("Only the last element added may be replaced.");
            }

            _chunks[index >> Shift][index & Mask] = value;
        }
    }

    internal void Add(T item)
    {
        var slot = Count & Mask;
        if (slot == 0)
        {
            // The previous chunk is complete and will not change again (only the last element may): hand it over.
            if (Count > 0)
            {
                _sealed?.Invoke(new ArraySegment<T>(_chunks[^1]));
            }

            _chunks.Add(new T[Size]);
        }

        _chunks[^1][slot] = item;
        Count++;
    }

    /// <summary>From now on, each chunk is passed to <paramref name="sealed"/> once it is complete; <see cref="Flush"/> passes the last, partial one.</summary>
    internal void Stream(Action<ArraySegment<T>> @sealed) => _sealed = @sealed;

    internal void Flush()
    {
        if (Count > 0)
        {
            _sealed?.Invoke(new ArraySegment<T>(_chunks[^1], 0, ((Count - 1) & Mask) + 1));
        }

        _sealed = null;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _chunks[i >> Shift][i & Mask];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
