namespace OutlookCms.Domain.Seeding.Mailboxes;

/// <summary>A participant as Graph writes one: <c>{ "emailAddress": { "name", "address" } }</c>; addresses kept lower-case.</summary>
internal sealed record MailAddress(string Address, string Name)
{
    public string Domain => Address[(Address.LastIndexOf('@') + 1)..];
}
