namespace OutlookCms.GraphSync.Pipeline;

/// <summary>
/// Matches an item's external participants to parties: every address of every party exactly; an organisation by
/// its mail domain, but never a free-mail domain; an address that belongs to several parties is reported as
/// ambiguous and attached to none of them (not guessed). Pure.
/// </summary>
public static class PartyMatcher
{
    public static MatchResult Match(SeenItem item, FirmDirectory firm, PartyIndex index, PolicySettings settings)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(firm);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(settings);

        var parties = new List<PartyMatch>();
        var ambiguous = new List<string>();
        var unknown = new List<Participant>();
        foreach (var participant in item.Participants)
        {
            if (firm.IsInternal(participant))
            {
                continue;
            }

            var known = false;
            if (index.PartiesByAddress.TryGetValue(participant.Address, out var byAddress))
            {
                if (byAddress.Count == 1)
                {
                    parties.Add(new PartyMatch(byAddress[0], participant.Role, participant.Address));
                }
                else
                {
                    ambiguous.Add($"{participant.Address} belongs to {byAddress.Count} parties");
                }

                known = true;
            }

            if (!settings.FreeMailDomains.Contains(participant.Domain) &&
                index.OrganisationsByDomain.TryGetValue(participant.Domain, out var organisation))
            {
                parties.Add(new PartyMatch(organisation, participant.Role, participant.Address));
                known = true;
            }

            if (!known)
            {
                unknown.Add(participant);
            }
        }

        return new MatchResult(parties.DistinctBy(p => (p.PartyId, p.Role)).ToList(), ambiguous.Distinct().ToList(), unknown);
    }
}
