-- The 12 regions of the 2015 territorial division. Reference data, not demo data: every deployment
-- has them. Tifinagh names are transliterations of the usual names.
INSERT INTO region (id, code, name_ar, name_zgh, name_fr, name_en) VALUES
 (1,  'TTA', 'طنجة تطوان الحسيمة',    'ⵜⴰⵏⵊⴰ ⵜⵉⵟⵟⴰⵡⵉⵏ ⵍⵃⵓⵙⵉⵎⴰ', 'Tanger-Tétouan-Al Hoceïma', 'Tanger-Tetouan-Al Hoceima'),
 (2,  'ORI', 'الشرق',                 'ⴰⴳⵏⵙⵓ',                  'Oriental',                  'Oriental'),
 (3,  'FME', 'فاس مكناس',             'ⴼⴰⵙ ⵎⴽⵏⴰⵙ',              'Fès-Meknès',                'Fez-Meknes'),
 (4,  'RSK', 'الرباط سلا القنيطرة',    'ⵕⵕⴱⴰⵟ ⵙⵍⴰ ⵇⵏⵉⵟⵔⴰ',        'Rabat-Salé-Kénitra',        'Rabat-Sale-Kenitra'),
 (5,  'BMK', 'بني ملال خنيفرة',        'ⴰⵢⵜ ⵎⵍⵍⴰⵍ ⵅⵏⵉⴼⵔⴰ',        'Béni Mellal-Khénifra',      'Beni Mellal-Khenifra'),
 (6,  'CST', 'الدار البيضاء سطات',     'ⴰⵏⴼⴰ ⵙⵟⵟⴰⵜ',              'Casablanca-Settat',         'Casablanca-Settat'),
 (7,  'MSA', 'مراكش آسفي',             'ⵎⵕⵕⴰⴽⵛ ⴰⵙⴼⵉ',             'Marrakech-Safi',            'Marrakesh-Safi'),
 (8,  'DTA', 'درعة تافيلالت',          'ⴷⵔⵄⴰ ⵜⴰⴼⵉⵍⴰⵍⵜ',            'Drâa-Tafilalet',            'Draa-Tafilalet'),
 (9,  'SMA', 'سوس ماسة',               'ⵙⵓⵙ ⵎⴰⵙⵙⴰ',               'Souss-Massa',               'Souss-Massa'),
 (10, 'GON', 'كلميم واد نون',          'ⴳⵍⵎⵉⵎ ⵡⴰⴷ ⵏⵓⵏ',            'Guelmim-Oued Noun',         'Guelmim-Oued Noun'),
 (11, 'LSH', 'العيون الساقية الحمراء',  'ⵍⵄⵢⵓⵏ ⵙⴰⴳⵢⴰ ⵍⵃⴰⵎⵔⴰ',       'Laâyoune-Sakia El Hamra',   'Laayoune-Sakia El Hamra'),
 (12, 'DOD', 'الداخلة وادي الذهب',     'ⴷⴷⴰⵅⵍⴰ ⵡⴰⴷ ⴷⴷⴰⵀⴰⴱ',        'Dakhla-Oued Ed-Dahab',      'Dakhla-Oued Ed-Dahab');
