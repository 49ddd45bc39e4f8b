using OutlookCms.Domain.Clients;
using OutlookCms.Domain.Interactions;

namespace OutlookCms.GraphSync.Pipeline;

/// <summary>Graph recipients to participants: bare, lower-case addresses; a malformed one is reported, not guessed.</summary>
public static class AddressNormaliser
{
    /// <summary>Null when the recipient carries no usable address.</summary>
    public static Participant? Normalise(Microsoft.Graph.Models.Recipient? recipient, ParticipantRole role)
    {
        var email = recipient?.EmailAddress;
        if (!MailAddressText.TryNormalize(email?.Address, out var normal))
        {
            return null;
        }

        var name = email!.Name;
        return new Participant(normal, string.IsNullOrWhiteSpace(name) || name.Length > 300 ? null : name.Trim(), role);
    }

    /// <summary>All recipients of a role, or the first malformed address found.</summary>
    public static bool TryNormaliseAll(IEnumerable<Microsoft.Graph.Models.Recipient>? recipients, ParticipantRole role, List<Participant> into, out string? malformed)
    {
        malformed = null;
        foreach (var recipient in recipients ?? [])
        {
            var participant = Normalise(recipient, role);
            if (participant is null)
            {
                malformed = recipient?.EmailAddress?.Address ?? "(no address)";
                return false;
            }

            into.Add(participant);
        }

        return true;
    }
}
