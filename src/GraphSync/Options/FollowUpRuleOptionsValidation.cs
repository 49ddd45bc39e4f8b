using Microsoft.Extensions.Options;
using OutlookCms.Domain.Common;
using OutlookCms.Domain.FollowUps.Rules;

namespace OutlookCms.GraphSync.Options;

/// <summary>Refuses bad follow-up settings at start, with the rule's own message (e.g. a workday that ends before it starts).</summary>
internal sealed class FollowUpRuleOptionsValidation : IValidateOptions<FollowUpRuleOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpRuleOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (DomainRuleException error)
        {
            return ValidateOptionsResult.Fail($"{FollowUpRuleOptions.Section}: {error.Message}");
        }
    }
}
