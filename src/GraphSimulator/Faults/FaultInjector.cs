using Microsoft.Extensions.Options;

namespace OutlookCms.GraphSimulator.Faults;

/// <summary>Holds the fault rules switched on through <c>/_simulator/faults</c> and picks the one a request hits.</summary>
public sealed class FaultInjector(IOptions<SimulatorOptions> options)
{
    private readonly Lock _gate = new();
    private readonly List<InstalledFault> _faults = [];
    private Random _random = new(options.Value.FaultSeed);
    private int _nextId;

    public InstalledFault Add(FaultRule rule)
    {
        lock (_gate)
        {
            var installed = new InstalledFault($"fault-{++_nextId}", rule, rule.Count, 0);
            _faults.Add(installed);
            return installed;
        }
    }

    public IReadOnlyList<InstalledFault> List()
    {
        lock (_gate)
        {
            return [.. _faults];
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _faults.RemoveAll(f => f.Id == id) > 0;
        }
    }

    /// <summary>Removes every rule; a seed makes the random choices of probabilistic rules repeatable.</summary>
    public void Clear(int? seed = null)
    {
        lock (_gate)
        {
            _faults.Clear();
            if (seed is { } s)
            {
                _random = new Random(s);
            }
        }
    }

    /// <summary>
    /// The first rule that matches and fires for this request (or, with <paramref name="notification"/>, this change
    /// notification, whose path is the subscription's resource), consuming one of its count.
    /// </summary>
    public FaultRule? Next(string? mailboxAddress, string? mailboxId, string path, bool notification = false)
    {
        lock (_gate)
        {
            for (var i = 0; i < _faults.Count; i++)
            {
                var fault = _faults[i];
                var rule = fault.Rule;
                if (rule.IsNotificationFault != notification)
                {
                    continue;
                }

                if (rule.Mailbox is not null
                    && !string.Equals(rule.Mailbox, mailboxAddress, StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(rule.Mailbox, mailboxId, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (rule.PathContains is not null && !path.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // Faults are a test device, not security: a seeded Random keeps a run repeatable.
#pragma warning disable CA5394
                if (rule.Probability is { } p && _random.NextDouble() >= p)
#pragma warning restore CA5394
                {
                    continue;
                }

                var remaining = fault.Remaining - 1;
                if (remaining is 0)
                {
                    _faults.RemoveAt(i);
                }
                else
                {
                    _faults[i] = fault with { Remaining = remaining, Hits = fault.Hits + 1 };
                }

                return rule;
            }

            return null;
        }
    }
}
