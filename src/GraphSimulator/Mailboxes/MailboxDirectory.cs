using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookCms.GraphSimulator.Mailboxes;

/// <summary>The tenant's users and their mailboxes, found by object id or by address (UPN), case-insensitively.</summary>
public sealed class MailboxDirectory(MailboxChangeFeed? changes = null)
{
    private readonly ConcurrentDictionary<string, Mailbox> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public IReadOnlyList<Mailbox> All => [.. _byKey.Values.Distinct().OrderBy(m => m.Address, StringComparer.OrdinalIgnoreCase)];

    public Mailbox? Find(string idOrAddress) => _byKey.GetValueOrDefault(idOrAddress.Trim());

    /// <summary>Creates the mailbox, replacing one with the same address (its items and delta tokens are gone).</summary>
    public Mailbox Create(string address, JsonObject? user = null, bool hasMailbox = true)
    {
        address = address.Trim();
        var userJson = UserJson(address, user);
        var id = Guid.Parse(userJson["id"]!.GetValue<string>());
        var mailbox = new Mailbox(id, address, JsonSerializer.SerializeToElement(userJson), hasMailbox) { Changes = changes };
        lock (_gate)
        {
            if (_byKey.TryGetValue(address, out var old))
            {
                _byKey.TryRemove(old.Address, out _);
                _byKey.TryRemove(old.Id.ToString(), out _);
            }

            _byKey[address] = mailbox;
            _byKey[id.ToString()] = mailbox;
        }

        return mailbox;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byKey.Clear();
        }
    }

    /// <summary>A Graph user object: what the scenario gave, completed with what Graph always returns.</summary>
    private static JsonObject UserJson(string address, JsonObject? given)
    {
        var user = given is null ? [] : (JsonObject)given.DeepClone();
        foreach (var key in user.Select(p => p.Key).Where(k => k.StartsWith('@')).ToList())
        {
            user.Remove(key);
        }

        var local = address.Split('@')[0];
        var fallbackName = string.Join(' ', local.Split('.', '_', '-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        if (!(user["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var id) && Guid.TryParse(id, out _)))
        {
            user["id"] = GraphIds.UserId(address).ToString();
        }

        user["userPrincipalName"] ??= address;
        user["mail"] ??= address;
        user["displayName"] ??= fallbackName;
        user["businessPhones"] ??= new JsonArray();
        foreach (var key in new[] { "givenName", "surname", "jobTitle", "mobilePhone", "officeLocation", "preferredLanguage" })
        {
            if (!user.ContainsKey(key))
            {
                user[key] = null;
            }
        }

        return user;
    }
}
