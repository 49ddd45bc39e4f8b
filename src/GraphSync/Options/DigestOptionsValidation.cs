using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace OutlookCms.GraphSync.Options;

/// <summary>Refuses digest settings that would send nothing or send wrongly, at start and with the key to fix.</summary>
internal sealed class DigestOptionsValidation : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        if (!MailAddress.TryCreate(options.SenderMailbox, out _))
        {
            problems.Add($"{DigestOptions.Section}:SenderMailbox must be the address of the service mailbox digests are sent from (got '{options.SenderMailbox}').");
        }

        if (options.WebAppUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{DigestOptions.Section}:WebAppUrl must be the web app's absolute http(s) URL, for the links in the email.");
        }

        if (string.IsNullOrWhiteSpace(options.Cron))
        {
            problems.Add($"{DigestOptions.Section}:Cron must be a cron expression (e.g. */5 * * * *).");
        }

        if (options.Roles.Count == 0)
        {
            problems.Add($"{DigestOptions.Section}:Roles is empty: nobody would get a digest.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
