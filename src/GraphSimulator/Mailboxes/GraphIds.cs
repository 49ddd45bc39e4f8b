using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>Opaque, URL-safe ids in the style of Exchange's (long base64), and stable GUIDs for users.</summary>
public static class GraphIds
{
    public static string NewItemId() => "AAMkAD" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(42)) + "AAA=";

    public static string NewChangeKey() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(18));

    public static string FolderId(Guid mailboxId, string wellKnownName) =>
        "AQMkAD" + Base64UrlEncoder.Encode(Hash($"{mailboxId:N}/{wellKnownName}", 30)) + "AAA=";

    public static string ConversationId(string seed) => "AAQkAD" + Base64UrlEncoder.Encode(Hash("conversation/" + seed, 30)) + "=";

    /// <summary>A user's object id derived from the address, so a scenario loads to the same ids every time.</summary>
    public static Guid UserId(string address) => new(Hash("user/" + address.ToUpperInvariant(), 16));

    public static string ICalUId() => "040000008200E00074C5B7101A82E00800000000" + Convert.ToHexString(RandomNumberGenerator.GetBytes(28));

    private static byte[] Hash(string value, int length) => SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, length).ToArray();
}
