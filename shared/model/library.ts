// The seeded library of credit titles, by department, in the order end credits conventionally run
// (see ../shared/DOMAIN.md: cast, then crew department by department, then music, thanks). Producing titles follow
// the Producers Guild order for features. Seeded ids are stable ("title:associate-producer") so that files,
// imports and tests can name them; titles a user adds get random ids.
import type { ContributionType, CreditTitle, Department } from './types';

interface SeedTitle {
  name: string;
  plural?: string;
  definition: string;
  pga?: boolean;
}

interface SeedDepartment {
  name: string;
  titles: SeedTitle[];
}

const SEED: SeedDepartment[] = [
  {
    name: 'Producers',
    titles: [
      { name: 'Produced by', plural: 'Produced by', pga: true, definition: 'Oversees the project from start to finish, responsible for financing, creative direction and delivery.' },
      { name: 'Producer', pga: true, definition: 'Oversees the project from start to finish, responsible for financing, creative direction and delivery.' },
      { name: 'Executive Producer', definition: 'Often secures financing or key talent; less involved day to day.' },
      { name: 'Co-Executive Producer', definition: 'A senior producing credit below executive producer, common in episodic television.' },
      { name: 'Supervising Producer', definition: 'Supervises the producing work of others, usually on a series.' },
      { name: 'Co-Producer', definition: 'A producing contribution below the producer, often a key part of the producing functions.' },
      { name: 'Line Producer', definition: 'Day-to-day production logistics, budget and crew coordination.' },
      { name: 'Consulting Producer', definition: 'Advises the producers, often a senior writer or expert brought in for a series.' },
      {
        name: 'Associate Producer',
        definition:
          'A supporting producing credit for someone who contributed significantly (production support, creative involvement such as research or script and edit feedback, post-production oversight, financial contribution, problem solving) without overall authority; in television often research, guest coordination or segment production.',
      },
    ],
  },
  {
    name: 'Directing',
    titles: [
      { name: 'Directed by', plural: 'Directed by', definition: 'The director: responsible for the film as realised on screen.' },
      { name: 'Second Unit Director', definition: 'Directs the second unit: action, inserts, establishing shots.' },
    ],
  },
  {
    name: 'Writing',
    titles: [
      { name: 'Written by', plural: 'Written by', definition: 'Wrote both the story and the screenplay.' },
      { name: 'Screenplay by', plural: 'Screenplay by', definition: 'Wrote the screenplay from a story by others or source material.' },
      { name: 'Story by', plural: 'Story by', definition: 'Wrote the story on which the screenplay is based.' },
      { name: 'Based on', plural: 'Based on', definition: 'The source material and its author.' },
    ],
  },
  {
    name: 'Cast',
    titles: [
      { name: 'Starring', plural: 'Starring', definition: 'Top-billed performers, usually in the opening titles.' },
      { name: 'Cast', plural: 'Cast', definition: 'Performers with their character names, in billing order.' },
      { name: 'Stand-in', definition: 'Stands in for a performer during lighting and setup.' },
    ],
  },
  {
    name: 'Production Management',
    titles: [
      { name: 'Unit Production Manager', definition: 'Manages the budget and schedule of the shoot, reporting to the line producer.' },
      { name: 'Production Supervisor', definition: 'Supervises the production office and its day-to-day running.' },
      { name: 'Production Coordinator', definition: 'Runs the production office: paperwork, travel, equipment, communication.' },
      { name: 'Production Assistant', definition: 'Supports every department on set and in the office.' },
    ],
  },
  {
    name: 'Assistant Directors',
    titles: [
      { name: 'First Assistant Director', definition: 'Runs the set and the shooting schedule for the director.' },
      { name: 'Second Assistant Director', definition: 'Prepares call sheets and moves cast and background.' },
    ],
  },
  {
    name: 'Camera',
    titles: [
      { name: 'Director of Photography', definition: 'Head of camera and lighting: the look of the picture.' },
      { name: 'Camera Operator', definition: 'Operates the camera.' },
      { name: 'First Assistant Camera', definition: 'Keeps the picture in focus and the camera ready.' },
      { name: 'Second Assistant Camera', definition: 'Slate, camera reports and loading.' },
      { name: 'Digital Imaging Technician', definition: 'Manages camera data and on-set image quality.' },
    ],
  },
  {
    name: 'Grip & Electric',
    titles: [
      { name: 'Gaffer', definition: 'Head of the electrical department; executes the lighting plan.' },
      { name: 'Key Grip', definition: 'Head of the grip department: rigging, camera support.' },
      { name: 'Best Boy Electric', plural: 'Best Boys Electric', definition: 'Second in command of the electrical department.' },
      { name: 'Electrician', definition: 'Sets and runs lighting and power.' },
      { name: 'Grip', definition: 'Rigging, dollies and camera support.' },
    ],
  },
  {
    name: 'Art',
    titles: [
      { name: 'Production Designer', definition: 'Designs the visual world of the film.' },
      { name: 'Art Director', definition: 'Manages the art department and realises the design.' },
      { name: 'Set Designer', definition: 'Draws the sets to be built.' },
    ],
  },
  { name: 'Set Decoration', titles: [{ name: 'Set Decorator', definition: 'Dresses the sets with furniture and objects.' }, { name: 'Set Dresser', definition: 'Places and strikes set dressing.' }] },
  { name: 'Props', titles: [{ name: 'Property Master', definition: 'Sources and manages every prop handled on camera.' }, { name: 'Assistant Props', definition: 'Supports the property master.' }] },
  {
    name: 'Costume',
    titles: [
      { name: 'Costume Designer', definition: 'Designs the costumes.' },
      { name: 'Costume Supervisor', definition: 'Runs the costume department.' },
      { name: 'Set Costumer', definition: 'Dresses performers and keeps continuity on set.' },
    ],
  },
  {
    name: 'Makeup & Hair',
    titles: [
      { name: 'Makeup Department Head', definition: 'Leads the makeup department.' },
      { name: 'Hair Department Head', definition: 'Leads the hair department.' },
      { name: 'Makeup Artist', definition: 'Applies makeup.' },
      { name: 'Hair Stylist', definition: 'Styles hair.' },
    ],
  },
  {
    name: 'Sound',
    titles: [
      { name: 'Production Sound Mixer', definition: 'Records sound on set.' },
      { name: 'Boom Operator', definition: 'Places the microphone.' },
      { name: 'Supervising Sound Editor', definition: 'Leads sound editorial in post-production.' },
      { name: 'Re-recording Mixer', definition: 'Mixes the final soundtrack.' },
    ],
  },
  {
    name: 'Editorial',
    titles: [
      { name: 'Edited by', plural: 'Edited by', definition: 'The picture editor.' },
      { name: 'Assistant Editor', definition: 'Supports the editor: media, conform, organisation.' },
    ],
  },
  {
    name: 'Post-Production',
    titles: [
      { name: 'Post-Production Supervisor', definition: 'Runs post-production: schedule, budget, deliverables.' },
      { name: 'Colorist', definition: 'Grades the picture.' },
      { name: 'Post-Production Coordinator', definition: 'Coordinates post-production vendors and deliverables.' },
    ],
  },
  {
    name: 'Visual Effects',
    titles: [
      { name: 'Visual Effects Supervisor', definition: 'Leads the visual effects work.' },
      { name: 'Visual Effects Producer', definition: 'Manages the visual effects budget and schedule.' },
      { name: 'Compositor', definition: 'Combines visual elements into final shots.' },
    ],
  },
  {
    name: 'Music',
    titles: [
      { name: 'Music by', plural: 'Music by', definition: 'Composed the original score.' },
      { name: 'Music Supervisor', definition: 'Selects and clears music.' },
      { name: 'Music Editor', definition: 'Edits music to picture.' },
    ],
  },
  { name: 'Locations', titles: [{ name: 'Location Manager', definition: 'Finds and manages filming locations.' }, { name: 'Location Scout', definition: 'Finds candidate locations.' }] },
  { name: 'Transportation', titles: [{ name: 'Transportation Coordinator', definition: 'Manages vehicles and drivers.' }, { name: 'Driver', definition: 'Drives cast, crew and equipment.' }] },
  { name: 'Catering', titles: [{ name: 'Caterer', definition: 'Feeds cast and crew.' }, { name: 'Craft Services', plural: 'Craft Services', definition: 'Snacks and drinks on set.' }] },
  { name: 'Accounting', titles: [{ name: 'Production Accountant', definition: 'Keeps the production books.' }, { name: 'Payroll Accountant', definition: 'Runs payroll.' }] },
  { name: 'Legal', titles: [{ name: 'Production Counsel', plural: 'Production Counsel', definition: 'Legal counsel to the production.' }, { name: 'Clearances', plural: 'Clearances', definition: 'Clears names, marks and footage for use.' }] },
  { name: 'Stunts', titles: [{ name: 'Stunt Coordinator', definition: 'Designs and supervises stunts safely.' }, { name: 'Stunt Performer', definition: 'Performs stunts.' }] },
  { name: 'Casting', titles: [{ name: 'Casting by', plural: 'Casting by', definition: 'The casting director.' }, { name: 'Casting Associate', definition: 'Supports the casting director.' }] },
  { name: 'Special Thanks', titles: [{ name: 'Special Thanks', plural: 'Special Thanks', definition: 'People and organisations the production thanks.' }] },
];

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const PRODUCING_DEPARTMENT_ID = 'dept:producers';
export const CAST_DEPARTMENT_ID = 'dept:cast';
/** Titles that need a justified contribution before approval, by default (issue "The credits workspace"). */
export const DEFAULT_JUSTIFICATION_TITLE_IDS = ['title:producer', 'title:produced-by', 'title:executive-producer', 'title:co-producer', 'title:associate-producer'];

export function seedDepartments(): Department[] {
  return SEED.map((d, i) => ({ id: `dept:${slug(d.name)}`, name: d.name, order: (i + 1) * 10 }));
}

export function seedTitles(): CreditTitle[] {
  return SEED.flatMap((d) =>
    d.titles.map((t, i) => ({
      id: `title:${slug(t.name)}`,
      name: t.name,
      plural: t.plural ?? '',
      departmentId: `dept:${slug(d.name)}`,
      definition: t.definition,
      pgaEligible: t.pga ?? false,
      order: (i + 1) * 10,
    })),
  );
}

export const BUILT_IN_CONTRIBUTION_TYPES: ContributionType[] = [
  { id: 'contribution:creative', name: 'Creative', builtIn: true },
  { id: 'contribution:financial', name: 'Financial', builtIn: true },
  { id: 'contribution:logistical', name: 'Logistical', builtIn: true },
];
