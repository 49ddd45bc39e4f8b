namespace OutlookCms.AddinHost.Api.Pane;

/// <summary>
/// What the pane (and the send-time check) warns about. Reading: the viewer does not cover a covered client, or the
/// client is already contacted more often than its cadence allows. Composing: writing to a restricted client the viewer
/// does not cover is a coverage breach; a restricted client the viewer covers is flagged; one more contact over the
/// cadence maximum is "too often".
/// </summary>
public static class PaneWarnings
{
    public static List<PaneWarningDto> For(PaneMode mode, IReadOnlyList<PaneAddressDto> addresses, IReadOnlyList<PanePartyDto> parties)
    {
        var warnings = new List<PaneWarningDto>();
        foreach (var address in addresses)
        {
            if (address.Status == PaneAddressStatus.Restricted)
            {
                warnings.Add(new PaneWarningDto(PaneWarningKind.CoverageBreach, address.Address, null,
                    $"{address.Address} belongs to a restricted client you do not cover. " +
                    (mode == PaneMode.Compose ? "Sending would be recorded as a coverage breach." : "Only the designated advisers may see the details.")));
                continue;
            }

            var party = parties.FirstOrDefault(p => p.Id == address.PartyId);
            if (address.Status != PaneAddressStatus.Matched || party is null)
            {
                continue;
            }

            var advisers = string.Join(", ", party.Coverage.Advisers.Select(a => a.DisplayName).Distinct());
            if (party.IsRestricted && !party.Coverage.ViewerIsAdviser)
            {
                warnings.Add(new PaneWarningDto(PaneWarningKind.CoverageBreach, address.Address, party.Id,
                    $"{party.DisplayName} is a restricted client and you are not a designated adviser" +
                    (advisers.Length > 0 ? $" ({advisers})" : "") +
                    (mode == PaneMode.Compose ? ". Sending would be recorded as a coverage breach." : ".")));
            }
            else if (party.IsRestricted && mode == PaneMode.Compose)
            {
                warnings.Add(new PaneWarningDto(PaneWarningKind.Restricted, address.Address, party.Id,
                    $"{party.DisplayName} is a restricted client: keep the message to designated advisers."));
            }
            else if (!party.IsRestricted && party.Coverage.Advisers.Count > 0 && !party.Coverage.ViewerIsAdviser)
            {
                warnings.Add(new PaneWarningDto(PaneWarningKind.NotDesignatedAdviser, address.Address, party.Id,
                    $"You are not a designated adviser of {party.DisplayName}; covered by {advisers}."));
            }

            var cadence = party.Cadence;
            if (cadence.Policy is { } policy && (mode == PaneMode.Compose ? cadence.WouldBeTooOften : cadence.TooOften))
            {
                warnings.Add(new PaneWarningDto(PaneWarningKind.TooOften, address.Address, party.Id,
                    $"{party.DisplayName} was contacted {cadence.ContactsInWindow} time(s) in the last {policy.WindowDays} days; " +
                    $"the maximum is {policy.MaxContacts}" + (mode == PaneMode.Compose ? ": this message would be one too many." : ".")));
            }
        }

        return warnings;
    }
}
