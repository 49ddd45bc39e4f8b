import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../shared/api';
import { addressLines, humanize, type PostalAddress } from '../../shared/format';
import { api } from '../client';
import { Link } from '../Link';
import { OrgChart, type OrgPerson } from '../OrgChart';

/** `GET /api/organisations/{id}/structure`. */
export interface OrganisationStructure {
  id: string;
  name: string;
  offices: { id: string; name: string; address: PostalAddress | null }[];
  departments: { id: string; name: string; officeId: string | null }[];
  people: OrgPerson[];
}

/** An organisation's page beyond the card: its org chart, who to call in each department and where, its offices. */
export function OrganisationSections({ id }: { id: string }) {
  const [structure, setStructure] = useState<OrganisationStructure | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.get<OrganisationStructure>(`/api/organisations/${encodeURIComponent(id)}/structure`).then(setStructure, (e: unknown) => setError(errorMessage(e)));
  }, [id]);

  if (error) return <p class="form-error" role="alert">{error}</p>;
  if (!structure) return <p class="muted" role="status">Loading the organisation…</p>;
  const office = new Map(structure.offices.map((o) => [o.id, o]));
  return (
    <>
      <section class="card" aria-labelledby="org-chart-heading">
        <h2 id="org-chart-heading">Org chart</h2>
        <OrgChart organisation={structure.name} people={structure.people} />
      </section>
      <section class="card" aria-labelledby="departments-heading">
        <h2 id="departments-heading">Departments</h2>
        {structure.departments.length === 0 ? <p class="muted">No departments recorded.</p> : (
          <div class="table-scroll">
            <table class="table" aria-label="Departments, where they sit and who to contact">
              <thead><tr><th scope="col">Department</th><th scope="col">Office</th><th scope="col">Contacts</th></tr></thead>
              <tbody>
                {structure.departments.map((d) => {
                  const where = d.officeId ? office.get(d.officeId) : undefined;
                  const people = structure.people.filter((p) => p.departmentId === d.id);
                  return (
                    <tr key={d.id}>
                      <td>{d.name}</td>
                      <td>{where ? <>{where.name}{where.address && <div class="muted">{addressLines(where.address).join(', ')}</div>}</> : '—'}</td>
                      <td>{people.length === 0 ? '—' : people.map((p) => (
                        <div key={p.id}><Link href={`/app/parties/${p.id}`}>{p.displayName}</Link>
                          <span class="muted">{[p.jobTitle, p.role ? humanize(p.role) : null, p.phone].filter(Boolean).map((x) => ` · ${x}`).join('')}</span></div>
                      ))}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {structure.offices.length > 0 && (
        <section class="card" aria-labelledby="offices-heading">
          <h2 id="offices-heading">Offices</h2>
          <dl class="facts">
            {structure.offices.map((o) => <div key={o.id}><dt>{o.name}</dt><dd>{o.address ? addressLines(o.address).join(', ') : '—'}</dd></div>)}
          </dl>
        </section>
      )}
    </>
  );
}
