// Small built-in lists of name parts in many scripts, so that synthetic productions exercise sorting, matching,
// fonts and exports with the names real productions carry (see tests data names.txt for the hard single cases).
// Each script says how its parts join: Latin, Cyrillic and Greek put the given name first with spaces; Chinese and
// Korean put the family name first without a space; Japanese puts the family name first with a space.

export interface NameScript {
  id: string;
  /** Relative share of names in a synthetic crew. */
  weight: number;
  given: readonly string[];
  family: readonly string[];
  /** Optional middle part (patronymic, father's name, middle initial) that multiplies the number of distinct names. */
  middle?: readonly string[];
  order: 'given-first' | 'family-first';
  separator: '' | ' ';
}

export const NAME_SCRIPTS: readonly NameScript[] = [
  {
    id: 'latin',
    weight: 55,
    given: [
      'Anaïs', 'Øystein', 'Paweł', 'Ilse', 'Đorđe', 'Thérèse', 'Tadhg', 'Mary-Kate', 'Lorenzo', 'Amélie', 'José', 'Zoë',
      'Hà', 'Ngozi', 'Chidi', 'Aino', 'Søren', 'Íñigo', 'Małgorzata', 'Jiří', 'Ayşe', 'Tomás', 'Siobhán', 'Björn',
      'Camille', 'Oluwaseun', 'Mateus', 'Greta', 'Jonas', 'Priya', 'Kofi', 'Leilani', 'Rafael', 'Ingrid', 'Dmitri',
      'Fatima', 'Hamish', 'Noor', 'Emeka', 'Jane', 'John', 'Maria', 'David', 'Sarah', 'Michael', 'Elena', 'Wei',
    ],
    middle: ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'J.', 'K.', 'L.', 'M.', 'N.', 'P.', 'R.', 'S.', 'T.', 'W.'],
    family: [
      'Lefort', 'Bråthen', 'Żuławski', 'Schröder-Wöß', 'Šćepanović', "d'Arcy", 'Ó Súilleabháin', "O'Connor-Smythe",
      'de la Cruz', 'di Bondone', 'Nguyễn', 'Okonkwo', 'Adeyemi', 'Virtanen', 'Kierkegaard', 'García Márquez', 'Nowak',
      'Dvořák', 'Yılmaz', 'Fernández', 'Ní Bhriain', 'Lindqvist', 'Dubois', 'Mensah', 'Oliveira', 'Becker', 'Schulz',
      'Patel', 'Boateng', 'Kahananui', 'Santos', 'Haugen', 'Volkov', 'Haddad', 'MacLeod', 'Rahman', 'Eze', 'Smith',
      'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore',
    ],
    order: 'given-first',
    separator: ' ',
  },
  {
    id: 'cyrillic',
    weight: 7,
    given: ['Анна', 'Иван', 'Ольга', 'Сергей', 'Мария', 'Дмитрий', 'Наталья', 'Алексей', 'Елена', 'Андрей', 'Татьяна', 'Богдан'],
    middle: ['Ивановна', 'Петрович', 'Сергеевна', 'Алексеевич', 'Дмитриевна', 'Николаевич', 'Андреевна', 'Михайлович'],
    family: ['Иванова', 'Петров', 'Смирнова', 'Кузнецов', 'Соколова', 'Попов', 'Лебедева', 'Козлов', 'Новикова', 'Морозов', 'Шевченко', 'Ковальчук'],
    order: 'given-first',
    separator: ' ',
  },
  {
    id: 'greek',
    weight: 4,
    given: ['Σοφία', 'Γιώργος', 'Ελένη', 'Νίκος', 'Μαρία', 'Δημήτρης', 'Κατερίνα', 'Κώστας', 'Αθηνά', 'Γιάννης'],
    middle: ['Α.', 'Β.', 'Γ.', 'Δ.', 'Ε.', 'Κ.', 'Μ.', 'Π.'],
    family: ['Παπαδοπούλου', 'Παπαδόπουλος', 'Γεωργίου', 'Οικονόμου', 'Νικολάου', 'Βασιλείου', 'Αντωνίου', 'Καραγιάννη', 'Μαυρίδης', 'Αλεξίου'],
    order: 'given-first',
    separator: ' ',
  },
  {
    id: 'chinese',
    weight: 7,
    given: ['凯歌', '艺谋', '晓明', '丽娟', '伟', '芳', '静', '强', '磊', '婷', '志明', '春华', '海燕', '建国'],
    middle: ['', '子', '文', '思'],
    family: ['陈', '张', '王', '李', '刘', '杨', '黄', '赵', '周', '吴', '徐', '孙'],
    order: 'family-first',
    separator: '',
  },
  {
    id: 'japanese',
    weight: 5,
    given: ['駿', '裕和', '晴子', '健太', '由美', '翔太', '花子', '大輔', '美咲', '拓也', '直子', '誠'],
    family: ['宮崎', '是枝', '黒澤', '佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林'],
    order: 'family-first',
    separator: ' ',
  },
  {
    id: 'hangul',
    weight: 5,
    given: ['창동', '지은', '민준', '서연', '도윤', '하은', '준호', '수빈', '예린', '현우', '지훈', '은지'],
    middle: ['', ''],
    family: ['이', '김', '박', '최', '정', '강', '조', '윤', '장', '임'],
    order: 'family-first',
    separator: '',
  },
  {
    id: 'arabic',
    weight: 5,
    given: ['فاطمة', 'محمد', 'ليلى', 'أحمد', 'نور', 'يوسف', 'مريم', 'عمر', 'سارة', 'خالد', 'هدى', 'كريم'],
    middle: ['بن علي', 'بن حسن', 'بنت سعيد', 'بن عمر', 'بن يوسف', 'بنت خالد'],
    family: ['الزهراء', 'حداد', 'منصور', 'الخطيب', 'نصار', 'العلي', 'سليمان', 'عبد الله', 'الحسيني', 'جابر'],
    order: 'given-first',
    separator: ' ',
  },
  {
    id: 'hebrew',
    weight: 4,
    given: ['יעל', 'דוד', 'נועה', 'יוסף', 'תמר', 'אבי', 'מיכל', 'עומר', 'שירה', 'איתי'],
    family: ['בר-און', 'כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן', 'שפירא', 'גולן'],
    order: 'given-first',
    separator: ' ',
  },
  {
    id: 'devanagari',
    weight: 5,
    given: ['रवि', 'अनीता', 'अमित', 'प्रिया', 'राहुल', 'सुनीता', 'विकास', 'कविता', 'अर्जुन', 'मीरा', 'संजय', 'पूजा'],
    middle: ['कुमार', 'देवी', 'प्रसाद', 'लाल', 'नाथ'],
    family: ['शंकर', 'शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'पटेल', 'जोशी', 'मेहता', 'अग्रवाल', 'चौधरी'],
    order: 'given-first',
    separator: ' ',
  },
  {
    id: 'thai',
    weight: 3,
    given: ['สุภาพร', 'สมชาย', 'วิไล', 'ประเสริฐ', 'นภา', 'อนุชา', 'กมล', 'ศิริพร', 'ธนา', 'พิมพ์'],
    family: ['แสงทอง', 'ศรีสุข', 'วงศ์ใหญ่', 'บุญมา', 'ทองดี', 'จันทร์เพ็ญ', 'สุขสวัสดิ์', 'มั่นคง', 'รัตนพันธ์', 'ใจดี'],
    order: 'given-first',
    separator: ' ',
  },
];

/** Character names for cast credits. */
export const CHARACTER_NAMES: readonly string[] = [
  'The Conductor', 'Mara', 'Detective Okafor', 'Young Ilse', 'Twin Girl #1', 'Twin Girl #2', 'Station Master', 'Nurse',
  'Passenger in Blue', 'Ticket Inspector', 'Himself', 'Herself', 'Radio Voice', 'Ana (age 8)', 'Grandmother', 'Drummer',
  'Officer Nowak', 'Stranger', 'Waiter', 'Journalist', 'Pilot', 'Night Porter', 'Child on Platform', 'Sleeping Man',
];

export const COMPANY_NAMES: readonly string[] = [
  'Northlight Pictures', 'Cinéma Lumière SARL', 'Kaze Animation 株式会社', 'Nordisk Filmproduktion AB',
  'Ателье «Восток»', 'Blue Harbour Films', 'Kestrel VFX', 'Halcyon Sound', 'Rosebud Catering Ltd', 'Ciné-Location Paris',
  'Pixel Foundry', 'Grip House Rentals', 'Sunrise Transport', 'Casa Verde Producciones', 'Harbour Bank plc',
];

export const JUSTIFICATIONS: Readonly<Record<'creative' | 'financial' | 'logistical', readonly string[]>> = {
  creative: [
    'Developed the script through four drafts and gave notes on every edit.',
    'Researched the historical background and brought in the archive footage.',
    'Shaped the story with the director during development and attended review screenings.',
    'Found the source novel and secured the adaptation approach with the writers.',
  ],
  financial: [
    'Secured the gap financing from the regional fund.',
    'Brought the pre-sales for three territories that closed the budget.',
    'Arranged the tax credit and the completion bond.',
    'Invested through the production company and negotiated the co-production treaty.',
  ],
  logistical: [
    'Ran the production office and the shooting schedule for the location block.',
    'Coordinated post-production deliverables and the delivery to the distributor.',
    'Managed the budget and crew hiring for the second unit.',
    'Solved the location permits when the original station fell through.',
  ],
};

export const EVIDENCE: readonly string[] = ['Deal memo §4', 'Email of 3 March 2026', 'Contract clause 12.2', 'Board minutes, 14 May', ''];
