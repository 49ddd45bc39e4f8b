using OutlookCms.Domain.Auditing;
using OutlookCms.Domain.Common;

namespace OutlookCms.Domain.Clients;

/// <summary>A service tier (e.g. Platinum, Gold) and the contact cadence that comes with it.</summary>
public sealed class Tier : IAudited
{
    private Tier() { }

    public Tier(string name, int rank, CadencePolicy cadence)
    {
        Id = Guid.CreateVersion7();
        Rename(name);
        Rank = rank;
        ChangeCadence(cadence);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Lower rank = more important tier; used for ordering only.</summary>
    public int Rank { get; private set; }

    // Stored as three columns; exposed as one value object so it is always valid as a whole.
    public int CadenceMinEveryDays { get; private set; }

    public int CadenceMaxContacts { get; private set; }

    public int CadenceWindowDays { get; private set; }

    public CadencePolicy Cadence => new(CadenceMinEveryDays, CadenceMaxContacts, CadenceWindowDays);

    public void Rename(string name) => Name = Guard.Required(name, nameof(name), 100);

    public void ChangeCadence(CadencePolicy cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        CadenceMinEveryDays = cadence.ContactAtLeastEveryDays;
        CadenceMaxContacts = cadence.MaxContacts;
        CadenceWindowDays = cadence.WindowDays;
    }
}
