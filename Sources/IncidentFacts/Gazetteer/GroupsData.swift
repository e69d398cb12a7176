// Armed groups and their aliases, kept by hand from public sources. One group per line:
// canonical name <TAB> aliases separated by | <TAB> countries where it mainly operates, separated by |
extension Gazetteer {
    static let groupsTSV = #"""
Islamic State	ISIS|ISIL|IS|Isis|Isil|Daesh|Da'esh|Daish|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Islamic State in Iraq and Syria|Islamic State in Iraq and the Levant|Islamic State of Iraq and al-Sham|Islamic State group|IS group	Iraq|Syria
Islamic State Khorasan Province	ISKP|IS-KP|ISIS-K|Isis-K|IS-K|ISK|Islamic State Khorasan|Islamic State-Khorasan|ISIS-Khorasan|ISIL-Khorasan|Islamic State in Khorasan|Islamic State – Khorasan Province|Daesh Khorasan|Wilayat Khorasan	Afghanistan|Pakistan
Islamic State – Pakistan Province	Islamic State Pakistan Province|ISPP|IS-PP|ISIS-Pakistan|Islamic State in Pakistan|Wilayat Pakistan	Pakistan
Islamic State – Hind Province	Islamic State Hind Province|ISHP|IS-Hind|Wilayat al-Hind	India
Islamic State West Africa Province	ISWAP|IS-WA|ISIS-WA|ISWA|Islamic State in West Africa|Islamic State West Africa|Islamic State's West Africa Province|Wilayat Gharb Afriqiya	Nigeria|Niger|Chad|Cameroon
Islamic State in the Greater Sahara	ISGS|IS-GS|ISIS-GS|Islamic State Greater Sahara|Islamic State Sahel Province|Islamic State Sahel|IS Sahel|IS-Sahel|ISSP|Islamic State in the Sahel	Mali|Niger|Burkina Faso
Islamic State Central Africa Province	ISCAP|IS-CAP|Islamic State Central Africa|Wilayat Wasat Ifriqiya	Democratic Republic of the Congo|Uganda
Islamic State Sinai Province	Wilayat Sinai|Sinai Province|IS-Sinai|ISIS-Sinai|Islamic State in Sinai|Ansar Bait al-Maqdis|Ansar Beit al-Maqdis|Ansar Bayt al-Maqdis|ABM	Egypt
Islamic State Somalia Province	IS-Somalia|ISIS-Somalia|Islamic State in Somalia|Islamic State Somalia	Somalia
Islamic State Libya Province	Islamic State in Libya|IS-Libya|ISIS-Libya|ISIS in Libya	Libya
Islamic State Yemen Province	Islamic State in Yemen|IS-Yemen|ISIS-Yemen	Yemen
Islamic State East Asia Province	ISEAP|IS-EA|Islamic State East Asia|Islamic State in East Asia	Philippines|Indonesia
Islamic State Caucasus Province	Wilayat Kavkaz|Islamic State in the Caucasus	Russia
Islamic State Turkey Province	Islamic State in Turkey|Wilayat Turkiya	Turkey
Al-Qaeda	al-Qaeda|Al Qaeda|al Qaeda|Al-Qaida|al-Qaida|Al Qaida|al Qaida|al-Qa'ida|Al-Qa'ida|Qaeda|Qaida|AQ|Al-Qaeda Central|AQC	Afghanistan|Pakistan
Al-Qaeda in the Arabian Peninsula	al-Qaeda in the Arabian Peninsula|AQAP|Al Qaeda in the Arabian Peninsula|Al-Qaida in the Arabian Peninsula|al-Qaida in the Arabian Peninsula|Al Qaida in the Arabian Peninsula|Ansar al-Sharia in Yemen	Yemen|Saudi Arabia
Al-Qaeda in the Islamic Maghreb	al-Qaeda in the Islamic Maghreb|AQIM|Al Qaeda in the Islamic Maghreb|Al-Qaida in the Islamic Maghreb|al-Qaida in the Islamic Maghreb|Salafist Group for Preaching and Combat|GSPC	Algeria|Mali|Niger|Mauritania|Tunisia|Libya
Al-Qaeda in the Indian Subcontinent	al-Qaeda in the Indian Subcontinent|AQIS|Al Qaeda in the Indian Subcontinent|Al-Qaida in the Indian Subcontinent|al-Qaida in the Indian Subcontinent	India|Pakistan|Bangladesh|Afghanistan|Myanmar
Al-Qaeda in Iraq	al-Qaeda in Iraq|AQI|Al Qaeda in Iraq|Al-Qaida in Iraq|al-Qaida in Iraq|Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn|Islamic State of Iraq|Mujahideen Shura Council|Jama'at al-Tawhid wal-Jihad	Iraq
Al-Nusra Front	al-Nusra Front|Nusra Front|Jabhat al-Nusra|Jabhat al-Nusrah|al-Nusra|Al-Nusra|Jabhat Fatah al-Sham|Jabhat Fateh al-Sham|JFS|Jabhat al-Nusra li-Ahl al-Sham	Syria
Hayat Tahrir al-Sham	HTS|Hay'at Tahrir al-Sham|Hayat Tahrir al Sham|Tahrir al-Sham|Organization for the Liberation of the Levant	Syria
Hurras al-Din	Hurras ad-Din|Huras al-Din|Tanzim Hurras al-Din|Guardians of Religion Organization|Guardians of Religion	Syria
Ahrar al-Sham	Harakat Ahrar al-Sham al-Islamiyya|Ahrar ash-Sham|Islamic Movement of the Free Men of the Levant	Syria
Jaysh al-Islam	Jaish al-Islam|Jaish al Islam|Jaysh al Islam	Syria
Jund al-Aqsa	Jund al Aqsa|Soldiers of al-Aqsa	Syria
Turkistan Islamic Party	TIP|East Turkestan Islamic Movement|ETIM|East Turkistan Islamic Movement|Turkestan Islamic Party	China|Syria|Afghanistan
Taliban	Afghan Taliban|Taleban|Islamic Emirate of Afghanistan|Quetta Shura	Afghanistan
Haqqani Network	Haqqani network|Haqqanis|Haqqani group	Afghanistan|Pakistan
Hezb-e-Islami Gulbuddin	Hezb-e-Islami|Hizb-i-Islami|Hezb-i-Islami|HIG|Hizb-e-Islami Gulbuddin	Afghanistan
National Resistance Front of Afghanistan	National Resistance Front|NRF	Afghanistan
Tehreek-e-Taliban Pakistan	Tehrik-i-Taliban Pakistan|Tehrik-e-Taliban Pakistan|Tehreek-i-Taliban Pakistan|Tehreek-e-Taliban|Tehrik-e-Taliban|Tehrik-i-Taliban|Tehreek-i-Taliban|Tehrik-e-Taleban Pakistan|Tehrik-i-Taleban Pakistan|TTP|Pakistani Taliban|Pakistan Taliban|Fitna al-Khawarij|Fitna-al-Khawarij|Taliban|Taleban	Pakistan|Afghanistan
Jamaat-ul-Ahrar	Jamaat ul Ahrar|Jamaat-ul-Ahraar|JuA|Jamat-ul-Ahrar|Jamat ul Ahrar|Jamaatul Ahrar|Jamatul Ahrar	Pakistan|Afghanistan
Hizbul Ahrar	Hizb-ul-Ahrar|Hizbul Ahraar	Pakistan
Tehreek-e-Jihad Pakistan	Tehrik-e-Jihad Pakistan|Tehreek-i-Jihad Pakistan|TJP	Pakistan
Hafiz Gul Bahadur Group	Hafiz Gul Bahadur group|Gul Bahadur group|Hafiz Gul Bahadur faction	Pakistan
Ittehad-ul-Mujahideen Pakistan	Ittehad ul Mujahideen Pakistan|Ittehad-ul-Mujahideen|IMP	Pakistan
Lashkar-e-Islam	Lashkar-i-Islam|Lashkar e Islam|LeI	Pakistan
Tehreek-e-Nafaz-e-Shariat-e-Mohammadi	Tehrik-e-Nifaz-e-Shariat-e-Mohammadi|Tehreek-e-Nifaz-e-Shariat-e-Mohammadi|TNSM	Pakistan
Lashkar-e-Jhangvi	Lashkar-i-Jhangvi|Lashkar e Jhangvi|Lashkar-e-Jhangavi|LeJ	Pakistan
Lashkar-e-Jhangvi al-Alami	LeJ-A|LeJ al-Alami|Lashkar-e-Jhangvi Al Alami	Pakistan
Sipah-e-Sahaba Pakistan	Sipah-i-Sahaba Pakistan|Sipah-e-Sahaba|Ahle Sunnat Wal Jamaat	Pakistan
Sipah-e-Muhammad Pakistan	Sipah-e-Mohammad|Sipah-e-Muhammad	Pakistan
Jundallah	Jundullah|Jund Allah	Pakistan|Iran
Jaish al-Adl	Jaish ul-Adl|Jaish-ul-Adl|Jaish al Adl|Jaysh al-Adl|Army of Justice	Iran|Pakistan
Balochistan Liberation Army	Baloch Liberation Army|Baluchistan Liberation Army|BLA|Majeed Brigade|Fitna al-Hindustan	Pakistan
Baloch Liberation Front	Balochistan Liberation Front|Baluchistan Liberation Front|BLF	Pakistan
Baloch Republican Army	Balochistan Republican Army|BRA	Pakistan
Baloch Raji Aajoi Sangar	BRAS|Baloch Raaji Aajoi Sangar	Pakistan
United Baloch Army	UBA	Pakistan
Lashkar-e-Balochistan	Lashkar-i-Balochistan	Pakistan
Sindhudesh Revolutionary Army	SRA|Sindhu Desh Revolutionary Army	Pakistan
Jaish-e-Mohammed	Jaish-e-Muhammad|Jaish-e-Mohammad|Jaish-e-Muhammed|Jaish-i-Mohammed|Jaish-i-Muhammad|Jaish e Mohammed|JeM|JEM|Kashmir Tigers	Pakistan|India
Lashkar-e-Taiba	Lashkar-e-Toiba|Lashkar-e-Tayyiba|Lashkar-e-Tayyaba|Lashkar-i-Taiba|Lashkar-i-Tayyiba|Lashkar e Taiba|LeT|Jamaat-ud-Dawa|Jamaat-ud-Dawah|Jamat-ud-Dawa|JuD|Falah-e-Insaniyat Foundation	Pakistan|India
The Resistance Front	TRF|Resistance Front	India
People's Anti-Fascist Front	PAFF|People's Anti Fascist Front	India
Hizbul Mujahideen	Hizb-ul-Mujahideen|Hizbul Mujahidin|Hizb-ul-Mujahidin|Hizbul Mujahedeen	India|Pakistan
Harkat-ul-Mujahideen	Harkat ul-Mujahideen|Harakat ul-Mujahidin|Harkat-ul-Mujahidin|HuM|Harkat-ul-Ansar	Pakistan|India
Harkat-ul-Jihad al-Islami	Harkat-ul-Jihad-al-Islami|Harakat-ul-Jihad-i-Islami|HuJI|HUJI	Bangladesh|Pakistan|India
Al-Badr	Al Badr|al-Badr Mujahideen	India|Pakistan
Indian Mujahideen	Indian Mujahidin	India
Students Islamic Movement of India	SIMI	India
Communist Party of India (Maoist)	CPI (Maoist)|CPI(Maoist)|CPI-Maoist|CPI Maoist|Maoists|Naxalites|Naxals|Naxal|Maoist rebels|Maoist insurgents|People's Liberation Guerrilla Army|PLGA	India
United Liberation Front of Asom	ULFA|United Liberation Front of Assam|ULFA-I|ULFA (Independent)|ULFA-Independent	India
National Socialist Council of Nagaland	NSCN|NSCN-IM|NSCN (IM)|NSCN-K|NSCN (K)|NSCN-K (Yung Aung)	India|Myanmar
National Democratic Front of Bodoland	NDFB|NDFB-S	India
People's Liberation Army of Manipur	PLA Manipur|Revolutionary People's Front	India
United National Liberation Front	UNLF	India
Babbar Khalsa International	Babbar Khalsa|BKI	India
Khalistan Zindabad Force	KZF	India
Khalistan Liberation Force	KLF	India
Khalistan Tiger Force	KTF	India|Canada
Jamaat-ul-Mujahideen Bangladesh	Jama'atul Mujahideen Bangladesh|Jamaatul Mujahideen Bangladesh|JMB|Neo-JMB|Neo JMB	Bangladesh
Ansarullah Bangla Team	ABT|Ansar al-Islam Bangladesh	Bangladesh
Liberation Tigers of Tamil Eelam	LTTE|Tamil Tigers|Tamil Tiger	Sri Lanka
National Thowheeth Jama'ath	NTJ|National Thowheed Jamath|National Thowheed Jama'ath|National Thowheed Jamaath|National Tawheed Jamaat|National Tawheed Jama'ath|National Towheed Jamath|National Thawheed Jamath|National Thowheeth Jamaath	Sri Lanka
Jamathei Millathu Ibrahim	Jammiyathul Millathu Ibrahim	Sri Lanka
Jemaah Islamiyah	Jemaah Islamiah|Jemaah Islamiya|Jamaah Islamiyah|Jema'ah Islamiyah|JI	Indonesia|Malaysia|Philippines|Singapore
Jemaah Ansharut Daulah	JAD|Jamaah Ansharut Daulah|Jamaah Ansharud Daulah|Jemaah Ansharud Daulah|Jamaah Anshorut Daulah|Jemaah Anshorut Daulah|Jamaah Ansharut Daulat	Indonesia
Jemaah Ansharut Tauhid	JAT|Jamaah Ansharut Tauhid|Jemaah Anshorut Tauhid	Indonesia
Mujahideen Indonesia Timur	Mujahidin Indonesia Timur|East Indonesia Mujahideen|Eastern Indonesia Mujahideen|Mujahideen of Eastern Indonesia	Indonesia
Free Papua Movement	OPM|Organisasi Papua Merdeka|West Papua National Liberation Army|TPNPB|TPNPB-OPM	Indonesia
Abu Sayyaf	Abu Sayyaf Group|ASG|Abu Sayaff|Abu Sayyaf group	Philippines
Maute Group	Maute group|Dawlah Islamiyah|Dawlah Islamiyah-Maute|Islamic State of Lanao|Maute brothers	Philippines
Bangsamoro Islamic Freedom Fighters	BIFF|Bangsamoro Islamic Freedom Movement	Philippines
Moro Islamic Liberation Front	MILF	Philippines
Moro National Liberation Front	MNLF	Philippines
New People's Army	NPA|Communist Party of the Philippines–New People's Army|CPP-NPA|CPP-NPA-NDF	Philippines
Barisan Revolusi Nasional	BRN|BRN-C|Barisan Revolusi Nasional-Coordinate|National Revolutionary Front	Thailand
Pattani United Liberation Organisation	PULO|Patani United Liberation Organization	Thailand
Arakan Rohingya Salvation Army	ARSA|Harakah al-Yaqin	Myanmar|Bangladesh
Arakan Army		Myanmar
Kachin Independence Army	Kachin Independence Organisation|KIO	Myanmar
Karen National Liberation Army	KNLA|Karen National Union|KNU	Myanmar
Myanmar National Democratic Alliance Army	MNDAA|Kokang army	Myanmar
Ta'ang National Liberation Army	TNLA	Myanmar
People's Defence Force	People's Defense Force|People's Defence Forces	Myanmar
Aum Shinrikyo	Aum Shinri Kyo|Aum|Aleph|Aum Supreme Truth	Japan
Japanese Red Army	JRA|Nihon Sekigun	Japan|Lebanon
Hamas	HAMAS|Islamic Resistance Movement|Harakat al-Muqawama al-Islamiya|Izz ad-Din al-Qassam Brigades|Izz al-Din al-Qassam Brigades|Ezzedine al-Qassam Brigades|Qassam Brigades|al-Qassam Brigades|Al-Qassam Brigades	Palestine
Palestinian Islamic Jihad	PIJ|Islamic Jihad|Islamic Jihad Movement in Palestine|Al-Quds Brigades|al-Quds Brigades|Saraya al-Quds	Palestine
Popular Front for the Liberation of Palestine	PFLP|Abu Ali Mustafa Brigades	Palestine
Popular Front for the Liberation of Palestine – General Command	PFLP-GC|PFLP General Command	Palestine|Syria
Democratic Front for the Liberation of Palestine	DFLP	Palestine
Al-Aqsa Martyrs' Brigades	Al-Aqsa Martyrs Brigades|al-Aqsa Martyrs' Brigades|al-Aqsa Martyrs Brigade|Aqsa Martyrs Brigades	Palestine
Popular Resistance Committees	Salah al-Din Brigades	Palestine
Lions' Den	Lions Den|Areen al-Usud|Arin al-Usud	Palestine
Jenin Brigade	Jenin Brigades|Jenin Battalion	Palestine
Abu Nidal Organization	ANO|Fatah Revolutionary Council|Abu Nidal Organisation	Palestine
Black September	Black September Organization	Palestine
Palestine Liberation Front	PLF	Palestine
Hezbollah	Hizbollah|Hizbullah|Hezbullah|Hizballah|Hizb Allah|Hizbu'llah|Party of God|Islamic Jihad Organization	Lebanon
Houthis	Houthi|Houthi movement|Houthi rebels|Ansar Allah|Ansarallah|Ansar Allah movement|Huthis|Huthi	Yemen
Kata'ib Hezbollah	Kataib Hezbollah|Kata'ib Hizballah|Kataib Hizbollah|Hezbollah Brigades	Iraq
Asa'ib Ahl al-Haq	Asaib Ahl al-Haq|AAH|League of the Righteous	Iraq
Harakat Hezbollah al-Nujaba	Harakat al-Nujaba|al-Nujaba|Nujaba movement	Iraq
Islamic Resistance in Iraq	Islamic Resistance of Iraq	Iraq
Popular Mobilization Forces	PMF|Popular Mobilisation Forces|Popular Mobilization Units|Popular Mobilisation Units|PMU|Hashd al-Shaabi|al-Hashd al-Shaabi	Iraq
Ansar al-Islam	Ansar al-Islam fi Kurdistan|Ansar al-Islam in Kurdistan|Jamaat Ansar al-Islam	Iraq
Islamic Revolutionary Guard Corps	IRGC|Revolutionary Guards|Revolutionary Guard|Iranian Revolutionary Guards|Pasdaran|Sepah	Iran
Quds Force	IRGC-QF|IRGC Quds Force|Qods Force|Quds Force of the IRGC	Iran
Mujahedin-e Khalq	MEK|MKO|People's Mujahedin of Iran|People's Mojahedin Organization of Iran|PMOI|Mojahedin-e Khalq|Mujahideen-e-Khalq	Iran
Party of Free Life of Kurdistan	PJAK	Iran
Kurdistan Workers' Party	PKK|Kurdistan Workers Party|Partiya Karkerên Kurdistanê|Kongra-Gel|KADEK|Kurdistan People's Congress	Turkey|Iraq
Kurdistan Freedom Falcons	TAK|Kurdistan Freedom Hawks|Teyrêbazên Azadiya Kurdistan|Teyrebazen Azadiya Kurdistan	Turkey
People's Protection Units	YPG|YPJ|Women's Protection Units	Syria
Syrian Democratic Forces	SDF	Syria
Free Syrian Army	FSA	Syria
Revolutionary People's Liberation Party/Front	DHKP-C|DHKP/C|Revolutionary People's Liberation Party-Front|Devrimci Halk Kurtuluş Partisi-Cephesi	Turkey
Great Eastern Islamic Raiders' Front	IBDA-C|Great Eastern Islamic Raiders Front	Turkey
Grey Wolves	Bozkurtlar|Ülkü Ocakları	Turkey
Fatah al-Islam	Fateh al-Islam	Lebanon
Abdullah Azzam Brigades	Abdallah Azzam Brigades|Ziad Jarrah Battalions	Lebanon
Hasm Movement	Hasm|HASM|Harakat Sawaed Misr	Egypt
Liwa al-Thawra	Liwaa al-Thawra|Revolution Brigade	Egypt
Ansar al-Sharia	Ansar al-Shariah|Ansar al Sharia	Libya|Tunisia
Okba Ibn Nafaa Brigade	Uqba ibn Nafi Brigade|Katibat Uqba ibn Nafi|Okba Ibn Nafaa Battalion	Tunisia
Jund al-Khilafa	Jund al-Khilafah|Soldiers of the Caliphate	Algeria|Tunisia
Armed Islamic Group	GIA|Groupe Islamique Armé|Armed Islamic Group of Algeria	Algeria
Polisario Front	Polisario|Frente Polisario|POLISARIO	Western Sahara|Algeria
Jama'at Nasr al-Islam wal Muslimin	JNIM|Jama'at Nusrat al-Islam wal-Muslimin|Jamaat Nusrat al-Islam wal Muslimin|Jama'a Nusrat ul-Islam wa al-Muslimin|Group for the Support of Islam and Muslims|Support Group for Islam and Muslims|GSIM|Nusrat al-Islam	Mali|Burkina Faso|Niger|Benin|Togo
Ansar Dine	Ansar al-Din|Ansar Eddine|Ansar ud-Dine	Mali
Katiba Macina	Katibat Macina|Macina Liberation Front|Front de libération du Macina|FLM	Mali|Burkina Faso
Al-Mourabitoun	Al Mourabitoun|al-Murabitun|Al-Murabitoun|Al Mourabitoun Brigade	Mali|Niger|Algeria
Movement for Oneness and Jihad in West Africa	MUJAO|MOJWA|MUJWA|Movement for Unity and Jihad in West Africa	Mali|Niger|Algeria
Ansarul Islam	Ansaroul Islam|Ansar ul Islam|Ansar-ul-Islam	Burkina Faso|Mali
National Movement for the Liberation of Azawad	MNLA|Mouvement National de Libération de l'Azawad	Mali
Strategic Framework for the Defence of the People of Azawad	CSP-DPA|Permanent Strategic Framework	Mali
Dan Na Ambassagou	Dan Nan Ambassagou|Dan Na Amassagou	Mali
Volunteers for the Defence of the Homeland	VDP|Volontaires pour la défense de la patrie|Volunteers for the Defense of the Homeland	Burkina Faso
Boko Haram	Jama'atu Ahlis Sunna Lidda'awati wal-Jihad|Jama'atu Ahl as-Sunnah li-Da'awati wal-Jihad|Jama'at Ahl al-Sunna li-l-Da'wa wa-l-Jihad|JAS|Boko Haram Terrorists	Nigeria|Cameroon|Niger|Chad
Ansaru	Jama'atu Ansarul Muslimina fi Biladis Sudan|Ansarul Muslimina fi Biladis Sudan|Jamaatu Ansaril Muslimina fi Biladis Sudan	Nigeria
Lakurawa	Lakurawa group	Nigeria|Niger
Indigenous People of Biafra	IPOB|Eastern Security Network|ESN	Nigeria
Movement for the Emancipation of the Niger Delta	MEND	Nigeria
Niger Delta Avengers		Nigeria
Ambazonia Defence Forces	Ambazonia Defense Forces|Ambazonian Defence Forces|Amba Boys|Ambazonian separatists	Cameroon
Al-Shabaab	al-Shabaab|Al Shabaab|al Shabaab|Al-Shabab|al-Shabab|Al Shabab|al Shabab|Harakat al-Shabaab al-Mujahideen|Harakat al-Shabab al-Mujahidin|Shabaab|Shabab|HSM|Mujahideen Youth Movement	Somalia|Kenya
# Cabo Delgado's insurgents are called al-Shabaab locally: listed after the Somali group, which
# the name means outside Mozambique (a name's first group is the default).
Islamic State Mozambique Province	IS-Mozambique|ISM|Islamic State Mozambique|Islamic State in Mozambique|al-Shabaab|al-Shabab|Al-Shabaab|Al-Shabab|Al Shabaab|al Shabaab	Mozambique
Al-Hijra	Al Hijra|Muslim Youth Centre|Pumwani Muslim Youth	Kenya
Hizbul Islam	Hizb al-Islam|Hizbul-Islam	Somalia
Ahlu Sunnah Wa-Jama'a	Ahlu Sunnah wal Jamaah|Ahl al-Sunnah wal-Jama'ah|ASWJ|Ansar al-Sunna|Ansar al-Sunnah|al-Sunnah wa Jama'ah	Mozambique
Allied Democratic Forces	ADF|ADF-NALU|Allied Democratic Forces-National Army for the Liberation of Uganda|Madinat Tawhid wal Muwahideen|MTM	Democratic Republic of the Congo|Uganda
Lord's Resistance Army	LRA|Lords Resistance Army	Uganda|Democratic Republic of the Congo|Central African Republic|South Sudan
March 23 Movement	M23|Mouvement du 23 mars|M23 rebels|Congo River Alliance|AFC/M23	Democratic Republic of the Congo
Cooperative for the Development of Congo	CODECO|Coopérative pour le développement du Congo	Democratic Republic of the Congo
Democratic Forces for the Liberation of Rwanda	FDLR|Forces démocratiques de libération du Rwanda	Democratic Republic of the Congo|Rwanda
Seleka	Séléka|ex-Seleka|Ex-Séléka	Central African Republic
Anti-balaka	Anti-Balaka|anti-balaka militia	Central African Republic
Rapid Support Forces	RSF|Janjaweed|Janjawid	Sudan
Sudan Liberation Movement/Army	Sudan Liberation Army|Sudan Liberation Movement|SLM/A|SLA-AW|SLM-AW	Sudan
Sudan People's Liberation Movement-in-Opposition	SPLM-IO|SPLA-IO|SPLM/A-IO	South Sudan
White Army	Nuer White Army	South Sudan
Oromo Liberation Army	OLA|OLF-OLA|Shene|OLF-Shene	Ethiopia
Tigray People's Liberation Front	TPLF|Tigray Defense Forces|Tigray Defence Forces|TDF	Ethiopia
Fano	Fano militia|Amhara Fano	Ethiopia
Ogaden National Liberation Front	ONLF	Ethiopia
Wagner Group	Wagner|PMC Wagner|Wagner mercenaries|Africa Corps	Russia|Mali|Central African Republic|Libya|Syria|Sudan
Revolutionary Armed Forces of Colombia	FARC|FARC-EP|Fuerzas Armadas Revolucionarias de Colombia|FARC dissidents|Estado Mayor Central|EMC	Colombia
Segunda Marquetalia	Second Marquetalia	Colombia|Venezuela
National Liberation Army	ELN|Ejército de Liberación Nacional|Ejercito de Liberacion Nacional	Colombia|Venezuela
Popular Liberation Army	EPL|Ejército Popular de Liberación|Los Pelusos	Colombia
Clan del Golfo	Gulf Clan|Autodefensas Gaitanistas de Colombia|AGC|Ejército Gaitanista de Colombia|EGC|Urabeños|Los Urabeños|Clan Úsuga	Colombia
United Self-Defense Forces of Colombia	AUC|Autodefensas Unidas de Colombia	Colombia
Shining Path	Sendero Luminoso|Communist Party of Peru – Shining Path|PCP-SL	Peru
Túpac Amaru Revolutionary Movement	MRTA|Tupac Amaru Revolutionary Movement|Movimiento Revolucionario Túpac Amaru	Peru
Farabundo Martí National Liberation Front	FMLN|Farabundo Marti National Liberation Front	El Salvador
Zapatista Army of National Liberation	EZLN|Zapatistas|Ejército Zapatista de Liberación Nacional	Mexico
Paraguayan People's Army	Ejército del Pueblo Paraguayo	Paraguay
Manuel Rodríguez Patriotic Front	Manuel Rodriguez Patriotic Front|FPMR|Frente Patriótico Manuel Rodríguez|Frente Patriotico Manuel Rodriguez	Chile
Lautaro Youth Movement	MJL|Movimiento Juvenil Lautaro|Lautaro Popular Rebel Forces	Chile
Revolutionary Left Movement	Movimiento de Izquierda Revolucionaria	Chile
19th of April Movement	M-19|April 19 Movement|Movimiento 19 de Abril	Colombia
Medellín Cartel	Medellin Cartel|Medellin cartel|Medellín cartel|The Extraditables|Extraditables|Los Extraditables	Colombia
Cali Cartel	Cali cartel	Colombia
Quintín Lame Armed Movement	Quintin Lame Armed Movement|Quintín Lame|Quintin Lame	Colombia
Ricardo Franco Front	Ricardo Franco	Colombia
Simón Bolívar Guerrilla Coordinating Board	Simon Bolivar Guerrilla Coordinating Board|Simon Bolivar Guerrilla Coordinator|CGSB	Colombia
Rodrigo Franco Command	Rodrigo Franco	Peru
Guatemalan National Revolutionary Unity	URNG|Unidad Revolucionaria Nacional Guatemalteca	Guatemala
Nicaraguan Democratic Force	FDN|Contras|Nicaraguan Resistance	Nicaragua|Honduras
Morazanist Patriotic Front	FPM|Frente Patriótico Morazanista|Morazanist Front	Honduras
Cinchoneros Popular Liberation Movement	Cinchoneros|MPL-Cinchoneros	Honduras
Zárate Willka Armed Forces of Liberation	Zarate Willka Armed Forces of Liberation|Zárate Willka|Zarate Willka	Bolivia
Popular Revolutionary Army	EPR|Ejército Popular Revolucionario	Mexico
Sinaloa Cartel	Cártel de Sinaloa|Cartel de Sinaloa|Pacific Cartel|Los Chapitos|Chapitos|La Mayiza	Mexico|United States
Jalisco New Generation Cartel	CJNG|Cártel de Jalisco Nueva Generación|Cartel Jalisco Nueva Generacion|Jalisco Cartel	Mexico|United States
Los Zetas	Zetas|Cartel del Noreste	Mexico
Gulf Cartel	Cártel del Golfo|Cartel del Golfo|CDG	Mexico
La Familia Michoacana	Familia Michoacana|LFM	Mexico
Knights Templar Cartel	Caballeros Templarios|Los Caballeros Templarios|Knights Templar cartel	Mexico
Beltrán-Leyva Organization	Beltran-Leyva Organization|Beltrán-Leyva Cartel|Beltran-Leyva Cartel|BLO	Mexico
Juárez Cartel	Juarez Cartel|Cártel de Juárez|La Línea|La Linea	Mexico
Tren de Aragua	TdA	Venezuela|Colombia|Peru|Chile|United States
MS-13	Mara Salvatrucha|MS13|Mara Salvatrucha 13|MS-13 gang	El Salvador|Honduras|Guatemala|United States
Barrio 18	18th Street gang|Calle 18|Mara 18|M-18|Barrio 18 gang	El Salvador|Honduras|Guatemala|United States
Primeiro Comando da Capital	PCC|First Capital Command	Brazil|Paraguay
Comando Vermelho	Red Command	Brazil
Viv Ansanm	Viv Ansanm coalition	Haiti
G9 Family and Allies	G9 an Fanmi e Alye|G9 an Fanmi|G9	Haiti
400 Mawozo	400 Mawozo gang	Haiti
Provisional Irish Republican Army	Provisional IRA|PIRA|IRA|Irish Republican Army|Provos	United Kingdom|Ireland
Real Irish Republican Army	Real IRA|RIRA	United Kingdom|Ireland
New IRA	New Irish Republican Army	United Kingdom|Ireland
Continuity Irish Republican Army	Continuity IRA|CIRA	United Kingdom|Ireland
Official Irish Republican Army	Official IRA|OIRA	United Kingdom|Ireland
Irish National Liberation Army	INLA	United Kingdom|Ireland
Ulster Volunteer Force	UVF	United Kingdom
Ulster Defence Association	Ulster Freedom Fighters|UFF|Ulster Defense Association	United Kingdom
Loyalist Volunteer Force	LVF	United Kingdom
ETA	Euskadi Ta Askatasuna|Basque Homeland and Liberty|Basque Homeland and Freedom|Euskadi ta Askatasuna	Spain|France
GRAPO	First of October Anti-Fascist Resistance Groups|Grupos de Resistencia Antifascista Primero de Octubre	Spain
National Liberation Front of Corsica	FLNC|Front de Libération Nationale de la Corse|Corsican National Liberation Front	France
Action Directe	Action directe	France
Red Army Faction	Rote Armee Fraktion|Baader-Meinhof Group|Baader-Meinhof Gang|Baader-Meinhof gang	Germany
Revolutionary Cells	Revolutionäre Zellen	Germany
National Socialist Underground	NSU|Nationalsozialistischer Untergrund	Germany
Reichsbürger movement	Reichsbürger|Reichsbuerger|Reichsburger	Germany|Austria
Red Brigades	Brigate Rosse|Red Brigade	Italy
Informal Anarchist Federation	Federazione Anarchica Informale|FAI/FRI|FAI-FRI	Italy|Greece
Revolutionary Organization 17 November	17N|N17|Revolutionary Organisation 17 November|November 17 Revolutionary Organization	Greece
Revolutionary Struggle	Epanastatikos Agonas	Greece
Conspiracy of Fire Nuclei	Conspiracy Cells of Fire|Synomosia Pyrinon tis Fotias|Conspiracy of Cells of Fire	Greece
Caucasus Emirate	Imarat Kavkaz|Caucasian Emirate	Russia
Riyad-us Saliheen Brigade of Martyrs	Riyadus-Salikhin|Riyad us-Saliheyn	Russia
Russian Imperial Movement	RIM|Russkoye Imperskoye Dvizheniye	Russia
Russian Volunteer Corps	RDK	Russia|Ukraine
Islamic Movement of Uzbekistan	IMU	Uzbekistan|Afghanistan|Pakistan
Islamic Jihad Union	IJU|Islamic Jihad Group	Uzbekistan|Afghanistan|Pakistan
Jamaat Ansarullah		Tajikistan|Afghanistan
Katibat al-Tawhid wal-Jihad	Katibat Tawhid wal Jihad|KTJ	Syria|Uzbekistan|Kyrgyzstan
Hofstad Network	Hofstadgroep|Hofstad Group	Netherlands
Nordic Resistance Movement	Nordiska motståndsrörelsen|Nordic Resistance|Pohjoismainen vastarintaliike|Den nordiska motståndsrörelsen	Sweden|Norway|Finland|Denmark
National Action	Scottish Dawn|NS131	United Kingdom
Sonnenkrieg Division	SKD	United Kingdom
Feuerkrieg Division	FKD	Estonia|United Kingdom|United States
Atomwaffen Division	AWD|Atomwaffen|National Socialist Order	United States|Germany
The Base		United States
Proud Boys	Proud Boy	United States|Canada
Oath Keepers	Oath Keeper	United States
Patriot Front	Patriot Front group	United States
Ku Klux Klan	KKK|Klan|Ku-Klux-Klan	United States
Aryan Nations		United States
Army of God	AOG	United States
Earth Liberation Front	ELF	United States|United Kingdom
Animal Liberation Front	ALF	United States|United Kingdom
Weather Underground	Weathermen|Weather Underground Organization|Weather Underground Organisation	United States
Black Liberation Army		United States
Symbionese Liberation Army		United States
Combat 18	C18|Combat18	United Kingdom|Germany
Blood & Honour	Blood and Honour|Blood & Honor	United Kingdom|Germany
Research and Analysis Wing	RAW|R&AW|Research & Analysis Wing	India
Inter-Services Intelligence	ISI|Inter Services Intelligence	Pakistan
"""#
}
