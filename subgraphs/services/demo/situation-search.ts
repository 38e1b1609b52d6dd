/**
 * The search index's entries for the demo's 12 life situations (the life-situations subgraph's demo). Titles are
 * those of the life-situations subgraph, with Russian added; phrases are what people type when it happens to them.
 * A test checks through the gateway that codes, holders and services agree with the life-situations subgraph.
 */
export interface DemoSituationEntry {
  code: string;
  holderCode: string;
  title: { lv: string; en: string; ru: string };
  phrases: { lv: string[]; en: string[]; ru: string[] };
  serviceCodes: string[];
}

export const DEMO_SITUATION_ENTRIES: DemoSituationEntry[] = [
  {
    code: 'BERNA-PIEDZIMSANA', holderCode: 'VSAA',
    title: { lv: 'Bērna piedzimšana', en: 'Birth of a child', ru: 'Рождение ребенка' },
    phrases: {
      lv: ['piedzima bērns', 'man piedzima bērns', 'gaidām bērnu', 'jaundzimušais', 'mazulis', 'dzemdības', 'dēls', 'meita', 'grūtniecība'],
      en: ['having a baby', 'new baby', 'baby born', 'newborn', 'childbirth', 'pregnant', 'becoming a parent'],
      ru: ['родился ребенок', 'рождение ребёнка', 'новорожденный', 'малыш', 'роды', 'беременность'],
    },
    serviceCodes: ['RIGA-DZIMSANA', 'PMLP-DZIVESVIETA', 'VSAA-PIEDZIMSANA', 'VSAA-VECAKU-PABALSTS', 'NVD-GIMENES-ARSTS', 'VSAA-GVB', 'RIGA-BERNUDARZS', 'PMLP-PASE', 'PMLP-EID'],
  },
  {
    code: 'DZIVESVIETAS-MAINA', holderCode: 'PMLP',
    title: { lv: 'Dzīvesvietas maiņa', en: 'Change of residence', ru: 'Смена места жительства' },
    phrases: {
      lv: ['pārcelšanās', 'pārvākšanās', 'pārvācos', 'jauna adrese', 'mainu dzīvokli', 'pārceļos uz citu pilsētu'],
      en: ['moving house', 'moving home', 'new address', 'relocation', 'moved to a new flat'],
      ru: ['переезд', 'переезжаю', 'новый адрес', 'сменить адрес', 'переехал'],
    },
    serviceCodes: ['PMLP-DZIVESVIETA', 'RIGA-MAJOKLA-PABALSTS', 'NVD-GIMENES-ARSTS', 'RIGA-BERNUDARZS'],
  },
  {
    code: 'UZNEMUMA-DIBINASANA', holderCode: 'UR',
    title: { lv: 'Uzņēmuma dibināšana', en: 'Starting a company', ru: 'Открытие предприятия' },
    phrases: {
      lv: ['uzņēmuma reģistrācija', 'atvērt firmu', 'savs bizness', 'firma', 'uzņēmējdarbība', 'komersants', 'dibināt SIA'],
      en: ['start a business', 'open a company', 'set up a company', 'business', 'startup', 'register a company'],
      ru: ['открыть фирму', 'открыть бизнес', 'регистрация фирмы', 'регистрация предприятия', 'свой бизнес', 'фирма'],
    },
    serviceCodes: ['UR-SIA', 'UR-IK', 'VDAA-E-ADRESE', 'VID-PVN'],
  },
  {
    code: 'PENSIONESANAS', holderCode: 'VSAA',
    title: { lv: 'Pensionēšanās', en: 'Retirement', ru: 'Выход на пенсию' },
    phrases: {
      lv: ['pensija', 'pensionārs', 'aiziet pensijā', 'pensijas vecums'],
      en: ['retire', 'retiring', 'pension', 'pensioner', 'senior'],
      ru: ['пенсия', 'пенсионер', 'выйти на пенсию', 'пенсионный возраст'],
    },
    serviceCodes: ['VSAA-VECUMA-PENSIJA'],
  },
  {
    code: 'TUVINIEKA-NAVE', holderCode: 'VSAA',
    title: { lv: 'Tuvinieka nāve', en: 'Death of a relative', ru: 'Смерть близкого' },
    phrases: {
      lv: ['nomira', 'nomiris', 'miris', 'miršana', 'bēres', 'apbedīšana', 'mantojums', 'nomira tētis', 'nomira mamma', 'aizgāja mūžībā'],
      en: ['died', 'passed away', 'death in the family', 'death', 'funeral', 'inheritance', 'bereavement', 'my father died', 'my mother died'],
      ru: ['умер', 'умерла', 'смерть', 'похороны', 'наследство', 'умер отец', 'умерла мама'],
    },
    serviceCodes: ['RIGA-MIRSANA', 'VSAA-APBEDISANA', 'VSAA-APGADNIEKA-PENSIJA', 'TA-ZEMESGRAMATA'],
  },
  {
    code: 'LAULIBA', holderCode: 'PMLP',
    title: { lv: 'Laulība', en: 'Marriage', ru: 'Брак' },
    phrases: {
      lv: ['kāzas', 'precības', 'apprecēties', 'precamies', 'uzvārda maiņa pēc laulībām'],
      en: ['getting married', 'wedding', 'married', 'marry'],
      ru: ['свадьба', 'жениться', 'выйти замуж', 'брак'],
    },
    serviceCodes: ['RIGA-LAULIBA', 'PMLP-PASE', 'PMLP-EID', 'PMLP-DZIVESVIETA'],
  },
  {
    code: 'DARBA-ZAUDESANA', holderCode: 'NVA',
    title: { lv: 'Darba zaudēšana', en: 'Losing a job', ru: 'Потеря работы' },
    phrases: {
      lv: ['zaudēju darbu', 'palika bez darba', 'bezdarbs', 'bezdarbnieks', 'atlaišana', 'atlaida no darba', 'darba meklēšana'],
      en: ['lost my job', 'lost job', 'unemployment', 'unemployed', 'out of work', 'jobless', 'redundancy', 'laid off', 'fired'],
      ru: ['потерял работу', 'безработица', 'безработный', 'уволили', 'увольнение', 'без работы'],
    },
    serviceCodes: ['NVA-BEZDARBNIEKS', 'VSAA-BEZDARBNIEKA-PABALSTS', 'RIGA-MAJOKLA-PABALSTS'],
  },
  {
    code: 'STUDIJAS', holderCode: 'VIAA',
    title: { lv: 'Studijas', en: 'Studies', ru: 'Учёба' },
    phrases: {
      lv: ['students', 'augstskola', 'universitāte', 'studēt', 'iestāties augstskolā'],
      en: ['student', 'university', 'studying', 'college'],
      ru: ['студент', 'университет', 'учеба в вузе', 'поступление'],
    },
    serviceCodes: ['VIAA-STUDIJU-KREDITS', 'AIC-DIPLOMA-ATZISANA', 'PMLP-DZIVESVIETA', 'NVD-EVAK'],
  },
  {
    code: 'NEKUSTAMA-IPASUMA-IEGADE', holderCode: 'VZD',
    title: { lv: 'Nekustamā īpašuma iegāde', en: 'Buying real estate', ru: 'Покупка недвижимости' },
    phrases: {
      lv: ['dzīvokļa pirkšana', 'nopirku dzīvokli', 'mājas pirkšana', 'zemes pirkšana', 'mājoklis'],
      en: ['buying a flat', 'buying a house', 'buying a home', 'bought an apartment', 'property purchase'],
      ru: ['купить квартиру', 'покупка квартиры', 'купил дом', 'недвижимость'],
    },
    serviceCodes: ['TA-ZEMESGRAMATA', 'VZD-KADASTRS', 'RIGA-NIN', 'PMLP-DZIVESVIETA'],
  },
  {
    code: 'MAJAS-BUVNIECIBA', holderCode: 'RIGA',
    title: { lv: 'Mājas būvniecība', en: 'Building a house', ru: 'Строительство дома' },
    phrases: {
      lv: ['būvēt māju', 'būvniecība', 'privātmāja', 'celt māju'],
      en: ['build a house', 'construction', 'new house'],
      ru: ['построить дом', 'стройка', 'строительство'],
    },
    serviceCodes: ['RIGA-BUVATLAUJA', 'VZD-KADASTRS', 'TA-ZEMESGRAMATA', 'RIGA-NIN', 'PMLP-DZIVESVIETA'],
  },
  {
    code: 'PARCELSANAS-UZ-LATVIJU', holderCode: 'PMLP',
    title: { lv: 'Pārcelšanās uz dzīvi Latvijā', en: 'Moving to Latvia', ru: 'Переезд в Латвию' },
    phrases: {
      lv: ['imigrācija', 'ārzemnieks', 'reemigrācija', 'atgriešanās Latvijā', 'atbraucu uz Latviju'],
      en: ['immigration', 'expat', 'relocating to Latvia', 'foreigner', 'move to Latvia'],
      ru: ['иммиграция', 'иностранец', 'переехать в Латвию', 'переезд в Латвию'],
    },
    serviceCodes: ['PMLP-UZTURESANAS', 'PMLP-IEDZIVOTAJU-REGISTRS', 'PMLP-DZIVESVIETA', 'NVD-GIMENES-ARSTS', 'AIC-DIPLOMA-ATZISANA', 'VDAA-E-ADRESE'],
  },
  {
    code: 'TRANSPORTLIDZEKLA-IEGADE', holderCode: 'CSDD',
    title: { lv: 'Transportlīdzekļa iegāde', en: 'Buying a vehicle', ru: 'Покупка автомобиля' },
    phrases: {
      lv: ['nopirku mašīnu', 'auto pirkšana', 'automašīnas pirkšana', 'mašīna', 'auto'],
      en: ['bought a car', 'buying a car', 'car purchase', 'car', 'vehicle purchase'],
      ru: ['купил машину', 'покупка машины', 'машина', 'автомобиль'],
    },
    serviceCodes: ['CSDD-IPASNIEKA-MAINA', 'CSDD-REGISTRACIJA', 'CSDD-TEHNISKA-APSKATE', 'CSDD-VADITAJA-APLIECIBA'],
  },
];
