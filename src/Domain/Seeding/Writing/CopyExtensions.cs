using Npgsql;
using NpgsqlTypes;

namespace OutlookCms.Domain.Seeding.Writing;

/// <summary>
/// Typed, null-aware writes for binary COPY. Every value names its PostgreSQL type: binary COPY has no type inference,
/// and a wrong type is corruption, not an error.
/// </summary>
internal static class CopyExtensions
{
    public static void Uuid(this NpgsqlBinaryImporter writer, Guid value) => writer.Write(value, NpgsqlDbType.Uuid);

    public static void Uuid(this NpgsqlBinaryImporter writer, Guid? value)
    {
        if (value is { } v)
        {
            writer.Write(v, NpgsqlDbType.Uuid);
        }
        else
        {
            writer.WriteNull();
        }
    }

    /// <summary>character varying (and text).</summary>
    public static void Text(this NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Varchar);
        }
    }

    /// <summary>character(n), e.g. a currency or country code.</summary>
    public static void Char(this NpgsqlBinaryImporter writer, string value) => writer.Write(value, NpgsqlDbType.Char);

    /// <summary>An enum as the name EF Core stores (HaveConversion&lt;string&gt;).</summary>
    public static void Name<TEnum>(this NpgsqlBinaryImporter writer, TEnum value)
        where TEnum : struct, Enum => writer.Write(EnumNames<TEnum>.Of(value), NpgsqlDbType.Varchar);

    public static void Name<TEnum>(this NpgsqlBinaryImporter writer, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v)
        {
            writer.Name(v);
        }
        else
        {
            writer.WriteNull();
        }
    }

    public static void Time(this NpgsqlBinaryImporter writer, DateTimeOffset value) => writer.Write(value, NpgsqlDbType.TimestampTz);

    public static void Time(this NpgsqlBinaryImporter writer, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            writer.Write(v, NpgsqlDbType.TimestampTz);
        }
        else
        {
            writer.WriteNull();
        }
    }

    public static void Date(this NpgsqlBinaryImporter writer, DateOnly? value)
    {
        if (value is { } v)
        {
            writer.Write(v, NpgsqlDbType.Date);
        }
        else
        {
            writer.WriteNull();
        }
    }

    public static void Integer(this NpgsqlBinaryImporter writer, int value) => writer.Write(value, NpgsqlDbType.Integer);

    public static void Integer(this NpgsqlBinaryImporter writer, int? value)
    {
        if (value is { } v)
        {
            writer.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            writer.WriteNull();
        }
    }

    public static void Numeric(this NpgsqlBinaryImporter writer, decimal value) => writer.Write(value, NpgsqlDbType.Numeric);

    public static void Boolean(this NpgsqlBinaryImporter writer, bool value) => writer.Write(value, NpgsqlDbType.Boolean);

    /// <summary>Enum names, computed once: a million rows would otherwise format the same few names a million times.</summary>
    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToDictionary(v => v, v => v.ToString());

        public static string Of(TEnum value) => Names[value];
    }
}
