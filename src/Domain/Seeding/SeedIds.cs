using System.Buffers.Binary;

namespace OutlookCms.Domain.Seeding;

/// <summary>
/// Ids that depend only on (seed, table, row number), so the same seed gives the same ids and a test can name
/// "party #17". They are RFC 9562 version-8 (custom) UUIDs: 32 bits identify seed and table, the next 28 bits are the
/// row number (so a table's ids ascend and bulk inserts append to the primary-key index instead of splitting pages
/// at random, as Guid v7 does for live rows), the rest is a hash. Version 8 never collides with the v7 ids entities make.
/// </summary>
internal sealed class SeedIds(int seed)
{
    /// <summary>2^28 rows per table, enough for scale 100 many times over.</summary>
    public const int MaxIndex = (1 << 28) - 1;

    private readonly ulong _seed = Mix((ulong)(uint)seed ^ 0x5EED_0000_0000_0000UL);

    public Guid For(SeedTable table, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, MaxIndex);
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)Mix(_seed ^ ((ulong)table << 32)));
        bytes[4] = (byte)(index >> 20);
        bytes[5] = (byte)(index >> 12);
        bytes[6] = (byte)(0x80 | ((index >> 8) & 0x0F));
        bytes[7] = (byte)index;
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Mix(_seed ^ ((ulong)table << 40) ^ (ulong)index));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A random-looking version-4 UUID (e.g. an Entra ID object id), still a pure function of seed and number.</summary>
    public Guid RandomLooking(SeedTable table, int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, Mix(_seed ^ ((ulong)table << 48) ^ (ulong)index));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Mix(~_seed ^ ((ulong)table << 40) ^ ((ulong)index << 1)));
        bytes[6] = (byte)(0x40 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A stable 64-bit hash of a number (SplitMix64's finaliser), for ids and derived seeds.</summary>
    public static ulong Mix(ulong value)
    {
        var z = value + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
