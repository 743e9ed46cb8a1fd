"""Session 15: the confident rule with ``ordered=True`` (ordered classes) against the plain rule, per ordinal rule.

The default flags 3.5-8.5 % of the clean rows of the three seen sets with ordered classes (wear5, retina5,
credit7) against 0.5-1.7 % on unordered ones. ``ordered=True`` changes only the Bayes test of each flag
(``odds``) for flags between neighbouring grades; its variants (``noise.ORDINAL_RULES``) run side by side, each
its own detector on the same training run (the benchmark's MLP, 1,500 optimizer steps, the 7 noise cells of
``data_quality_actions.NOISE``).

- ``--part tuning`` (what the rule was chosen on): session 15's ordered tuning construct (``ordT5``, ``ordT6``,
  ``ordT7``: grades of a latent score, ``data_quality_actions.ORDERED_TUNING``) and two unordered tuning sets
  (``digits``, ``synthT``: the cost of setting the option on classes that are not ordered).
- ``--part seen``: the seen ordered sets (round 14's wear5, round 15's retina5 and credit7), run once after the
  choice, never used to choose.
- Session 16: ``--part tuning`` also holds two wider ordered constructs (``ordT6w``, ``ordT8w``, :data:`WIDE_TUNING`:
  more latent noise, so more clean rows deep in a neighbouring grade); ``--part seen16``: round 16's ordered sets
  (storm6, otolith7), seen since its look. ``--cache DIR`` keeps each training run's per-epoch probabilities and
  replays them for further variants (the detectors get what the run gave them; no training again).
- ``--part round16`` (written in session 15, looked at once in session 16): round 16's two ordered sets (storm6,
  otolith7) and two unordered ones (enteric9, chiller8).
- ``--part round17`` (written in session 16, looked at once in session 17): round 17's two ordered sets
  (fibrosis5, pave7) and two unordered ones (malware8, pollen9); ``--part seen17``: its ordered sets, seen since.
- ``--part round18`` (written in session 17, looked at once in session 18): round 18's two ordered sets (avalanche5,
  banana7) and two unordered ones (defects8, facies9); ``--part seen18``: its ordered sets, seen since.
- ``--part round19`` (written in session 18, looked at once in session 18): round 19's two ordered sets (lameness5,
  cefr6) and two unordered ones (sherds7, crowns8); ``--part seen19``: its ordered sets, seen since.
- ``--part round20`` (written in session 18, looked at once in session 19): round 20's two ordered sets (quake5,
  frailty7) and two unordered ones (honey8, raman9); ``--part seen20``: its ordered sets, seen since.
- ``--part round21`` (written in session 19, looked at once in session 20): round 21's two ordered sets (vei6,
  clarity8) and two unordered ones (clouds9, axles7); ``--part seen21``: its ordered sets, seen since.
- Session 20: variant ``auto`` (``ordered="auto"``: the detector decides once the fit levels off; its row keeps
  the decision) and ``--part round13`` / ``round14`` / ``round15`` (seen rounds, run for ``auto``'s measurement).
- ``--part round22`` (written in session 20, looked at once in session 21): round 22's two ordered sets (wheat6,
  timber8) and two unordered ones (meteorites9, wingbeats7); ``--part seen22``: its ordered sets, seen since.
- ``--part round23`` (written in session 21, looked at once in session 22): round 23's two ordered sets (aqi6, coal9)
  and two unordered ones (stones7, loads8); ``--part seen23``: its ordered sets, seen since.
- ``--part round24`` (written in session 22, looked at once in session 23): round 24's two ordered sets (hearing6,
  seastate7) and two unordered ones (anaemia7, vessels8); ``--part seen24``: its ordered sets, seen since.
- ``--part round25`` (written in session 23, looked at once in session 24): round 25's two ordered sets (ckd6, kp7)
  and two unordered ones (glass7, plugs8); ``--part seen25``: its ordered sets, seen since.
- ``--part round26`` (written and looked at once in session 24): round 26's two ordered sets (trophic7, scc7) and
  two unordered ones (precip7, fibre8); ``--part seen26``: its ordered sets, seen since.
- ``--part round27`` (written in session 24, looked at once in session 25): round 27's two ordered sets (concrete7,
  roast7) and two unordered ones (position7, facies7); ``--part seen27``: its ordered sets, seen since.
- ``--part round28`` (written in session 24, looked at once in session 25): round 28's two ordered sets (carcass6,
  refraction7) and two unordered ones (cheese8, pvstring7); ``--part seen28``: its ordered sets, seen since.
- ``--part round29`` (written and looked at once in session 25): round 29's two ordered sets (salinity6,
  praedikat6) and two unordered ones (thyroid8, deficiency8); ``--part seen29``: its ordered sets, seen since.
- ``--part round30`` (written in session 25, looked at once in session 26): round 30's two ordered sets (seaice6,
  wool6) and two unordered ones (ignition8, effusion8); ``--part seen30``: its ordered sets, seen since.
- ``--part round31`` (written and looked at once in session 26): round 31's two ordered sets (drought6, pressure6)
  and two unordered ones (aerosol8, landslide8); ``--part seen31``: its ordered sets, seen since.
- ``--part round32`` (written and looked at once in session 26): round 32's two ordered sets (tornado6, epc6) and
  two unordered ones (watermass8, crash8); ``--part seen32``: its ordered sets, seen since.
- ``--part round33`` (written and looked at once in session 26): round 33's two ordered sets (clay6, egg6) and two
  unordered ones (volcanic8, shock8); ``--part seen33``: its ordered sets, seen since.
- ``--part round34`` (written and looked at once in session 26): round 34's two ordered sets (bmi6, sand6) and two
  unordered ones (sodium8, tea8); ``--part seen34``: its ordered sets, seen since.
- ``--part round35`` (written and looked at once in session 27): round 35's two ordered sets (uv5, ldl5) and two
  unordered ones (soilorder8, oil8); ``--part seen35``: its ordered sets, seen since.
- ``--part round36`` (written and looked at once in session 27): round 36's two ordered sets (ucs6, gestation7) and
  two unordered ones (csf8, snowgrain8); ``--part seen36``: its ordered sets, seen since.
- ``--part round37`` (written and looked at once in session 27): round 37's two ordered sets (fev5, bortle7) and two
  unordered ones (headache8, pipeline8); ``--part seen37``: its ordered sets, seen since.
- ``--part round38`` (written and looked at once in session 27): round 38's two ordered sets (hardness5, hail7) and
  two unordered ones (dementia8, weld8); ``--part seen38``: its ordered sets, seen since.
- ``--part round39`` (written in session 27, looked at once in session 28): round 39's two ordered sets (radon5,
  lead6) and two unordered ones (syncope8, fishkill8); ``--part seen39``: its ordered sets, seen since.
- ``--part round40`` (written and looked at once in session 28): round 40's two ordered sets (visibility6,
  jaundice6) and two unordered ones (winefault8, colonyloss8); ``--part seen40``: its ordered sets, seen since.
- ``--part round41`` (written and looked at once in session 28): round 41's two ordered sets (caries7, bcs6) and
  two unordered ones (mushroom8, batcall8); ``--part seen41``: its ordered sets, seen since.
- ``--part round42`` (written and looked at once in session 28): round 42's two ordered sets (pas8, erosion5) and
  two unordered ones (anaphylaxis8, nitrate8); ``--part seen42``: its ordered sets, seen since.
- ``--part round43`` (written in session 28, looked at once in session 29): round 43's two ordered sets (ice6,
  tannin5) and two unordered ones (dyspnoea8, roofleak8); ``--part seen43``: its ordered sets, seen since.
- ``--part round44`` (written and looked at once in session 29): round 44's two ordered sets (burn5, fishfresh4)
  and two unordered ones (incident7, disturb7); ``--part seen44``: its ordered sets, seen since.
- ``--part round45`` (written and looked at once in session 29): round 45's two ordered sets (hay6, kerato5) and
  two unordered ones (mainbreak6, necropsy8); ``--part seen45``: its ordered sets, seen since.
- ``--part round46`` (written and looked at once in session 29): round 46's two ordered sets (kl5, tomato6) and two
  unordered ones (cracks7, liftfault8); ``--part seen46``: its ordered sets, seen since.
- ``--part round47`` (written in session 29, looked at once in session 30): round 47's two ordered sets (syrup4,
  ceap7) and two unordered ones (treefail7, flaky6); ``--part seen47``: its ordered sets, seen since.
- ``--part round48`` (written in session 30, looked at once in session 31): round 48's two ordered sets (nyha4,
  isup5) and two unordered ones (weeds7, mastitis6); ``--part seen48``: its ordered sets, seen since.
- ``--part round49`` (written in session 30, looked at once in session 31): round 49's two ordered sets
  (corrosivity6, fluorosis6) and two unordered ones (railflaw7, vine6); ``--part seen49``: its ordered sets, seen
  since.
- ``--part round50`` (written and looked at once in session 31): round 50's two ordered sets (glaucoma5,
  firedanger5) and two unordered ones (cellfail6, odour6); ``--part seen50``: its ordered sets, seen since.
- ``--part round51`` (written and looked at once in session 31): round 51's two ordered sets (deck5, cupping4) and
  two unordered ones (srvfault6, pollinator6); ``--part seen51``: its ordered sets, seen since.
- ``--part round52`` (written and looked at once in session 31): round 52's two ordered sets (wagner4, wbgt5) and
  two unordered ones (travelfever6, apple7); ``--part seen52``: its ordered sets, seen since.
- ``--part round53`` (written in session 31, looked at once in session 32): round 53's two ordered sets (gmfcs5,
  osa4) and two unordered ones (polymer6, transit5); ``--part seen53``: its ordered sets, seen since.
- ``--part round54`` (written and looked at once in session 32): round 54's two ordered sets (abpm5, ems6) and two
  unordered ones (rice6, bang6); ``--part seen54``: its ordered sets, seen since.
- ``--part round55`` (written and looked at once in session 32): round 55's two ordered sets (steatosis4,
  bathing4) and two unordered ones (lesion6, whale6); ``--part seen55``: its ordered sets, seen since.
- ``--part round56`` (written in session 32, looked at once in session 33): round 56's two ordered sets (perio5,
  winterroad5) and two unordered ones (removal6, sortline6); ``--part seen56``: its ordered sets, seen since.
- ``--part round57`` (written and looked at once in session 33): round 57's two ordered sets (hullfoul5, varroa5)
  and two unordered ones (leak6, greenbean6); ``--part seen57``: its ordered sets, seen since.
- ``--part round58`` (written and looked at once in session 33): round 58's two ordered sets (famacha5,
  freewaylos6) and two unordered ones (printfail6, bladedmg6); ``--part seen58``: its ordered sets, seen since.
- ``--part round59`` (written and looked at once in session 33): round 59's two ordered sets (bleach5, colostrum4)
  and two unordered ones (droneinc6, gemid6); ``--part seen59``: its ordered sets, seen since.
- ``--part round60`` (written and looked at once in session 33): round 60's two ordered sets (blight5, wfdriver5)
  and two unordered ones (bbfault6, iaqsource6); ``--part seen60``: its ordered sets, seen since.
- ``--part round61`` (written in session 33, looked at once in session 34): round 61's two ordered sets (flare5,
  aflatoxin5) and two unordered ones (hddfail6, scooter6); ``--part seen61``: its ordered sets, seen since.
- ``--part round62`` (written and looked at once in session 34): round 62's two ordered sets (flood5, chytrid5)
  and two unordered ones (milkfraud8, evfail6); ``--part seen62``: its ordered sets, seen since.
- ``--part round63`` (written and looked at once in session 34): round 63's two ordered sets (maturity5, ketosis4)
  and two unordered ones (banknote6, pointmc6); ``--part seen63``: its ordered sets, seen since.
- ``--part round64`` (written in session 34, looked at once in session 35): round 64's two ordered sets (tread5,
  sewer5) and two unordered ones (robotarm6, outage6); ``--part seen64``: its ordered sets, seen since.
- ``--part round65`` (written in session 35, looked at once in session 37): round 65's two ordered sets (scoville5,
  pressinj4) and two unordered ones (specrej6, parcel6); ``--part seen65``: its ordered sets, seen since.
- ``--part round66`` (written and looked at once in session 38): round 66's two ordered sets (muac4, washfast5) and
  two unordered ones (delay5, vertigo6); ``--part seen66``: its ordered sets, seen since.
- ``--part round67`` (written and looked at once in session 42): round 67's two ordered sets (graf4, cuttest5) and
  two unordered ones (sludge6, roadside6); ``--part seen67``: its ordered sets, seen since.
- ``--part round68`` (written in session 42, looked at once in session 43): round 68's two ordered sets (dxa4, kst5)
  and two unordered ones (poolwater6, refalarm6); ``--part seen68``: its ordered sets, seen since.
- ``--part round69`` (written and looked at once in session 43): round 69's two ordered sets (mrs7, frost4) and two
  unordered ones (colic6, paintshop6); ``--part seen69``: its ordered sets, seen since.
- ``--part round70`` (written and looked at once in session 43): round 70's two ordered sets (asa5, decay5) and two
  unordered ones (washer6, flock6); ``--part seen70``: its ordered sets, seen since.
- ``--part round71`` (written in session 43, looked at once in session 44): round 71's two ordered sets (firesev4,
  pasture5) and two unordered ones (forklift6, pivot6); ``--part seen71``: its ordered sets, seen since.
- ``--part round72`` (written and looked at once in session 44): round 72's two ordered sets (tanner5, ecog5) and
  two unordered ones (wafer8, moth7); ``--part seen72``: its ordered sets, seen since.
- ``--part round73`` (written and looked at once in session 44): round 73's two ordered sets (gos5, mallampati4)
  and two unordered ones (nestpred6, shipeng7); ``--part seen73``: its ordered sets, seen since.
- ``--part round74`` (written in session 44, looked at once in session 45): round 74's two ordered sets (fitz6,
  popq5) and two unordered ones (grainpest6, excav7); ``--part seen74``: its ordered sets, seen since.
- ``--part round75`` (written and looked at once in session 45): round 75's two ordered sets (birads5, hunthess5)
  and two unordered ones (maizedis7, seisevt6); ``--part seen75``: its ordered sets, seen since.
- ``--part round76`` (written and looked at once in session 45): round 76's two ordered sets (hoehnyahr5,
  rustsev6) and two unordered ones (emggest8, zoopl7); ``--part seen76``: its ordered sets, seen since.
- ``--part round77`` (written in session 45, looked at once in session 46): round 77's two ordered sets (asia5,
  iga5) and two unordered ones (tickspp6, cncfault7); ``--part seen77``: its ordered sets, seen since.
- ``--part round78`` (written in session 45, looked at once in session 46): round 78's two ordered sets (tirads5,
  mayo4) and two unordered ones (railsig7, coffeedef7); ``--part seen78``: its ordered sets, seen since.
- ``--part round79`` (written and looked at once in session 46): round 79's two ordered sets (fazekas4, hinchey4)
  and two unordered ones (windgbx6, diatom7); ``--part seen79``: its ordered sets, seen since.
- ``--part round80`` (written in session 46, looked at once in session 47): round 80's two ordered sets (clavien5,
  cipn4) and two unordered ones (gullid6, pumpflt6); ``--part seen80``: its ordered sets, seen since.
- ``--part round81`` (written in session 46, looked at once in session 47): round 81's two ordered sets (lymph4,
  vur5) and two unordered ones (coralgen6, hvbreaker6); ``--part seen81``: its ordered sets, seen since.
- ``--part round82`` (written and looked at once in session 47): round 82's two ordered sets (gustilo5,
  pfirrmann5) and two unordered ones (lichen6, screwcomp6); ``--part seen82``: its ordered sets, seen since.
- ``--part round83`` (written in session 47, looked at once in session 48): round 83's two ordered sets (bosniak5,
  outerbridge5) and two unordered ones (tyrewear6, firecause6); ``--part seen83``: its ordered sets, seen since.
- ``--part round84`` (written in session 47, looked at once in session 48): round 84's two ordered sets (mucositis5,
  ivh4) and two unordered ones (mosquito6, hvacahu6); ``--part seen84``: its ordered sets, seen since.
- ``--part round85`` (written and looked at once in session 48): round 85's two ordered sets (hurley3,
  npiap4) and two unordered ones (toxidrome6, tremor6); ``--part seen85``: its ordered sets, seen since.
- ``--part round86`` (written in session 48, looked at once in session 49): round 86's two ordered sets
  (barrettdys4, hydroneph5) and two unordered ones (chestpain6, sepsissrc6); ``--part seen86``: its ordered sets, seen
  since.
- ``--part round87`` (written and looked at once in session 49): round 87's two ordered sets (spetzler5,
  insulator4) and two unordered ones (akicause6, noisesrc6); ``--part seen87``: its ordered sets, seen since.
- ``--part round88`` (written and looked at once in session 49): round 88's two ordered sets (lungrads5, levee5)
  and two unordered ones (limp6, escalfault6); ``--part seen88``: its ordered sets, seen since.
- ``--part round89`` (written in session 49, looked at once in session 50): round 89's two ordered sets (breslow4,
  foodhyg6) and two unordered ones (redeye6, churn6); ``--part seen89``: its ordered sets, seen since.
- ``--part round90`` (written and looked at once in session 50): round 90's two ordered sets (fontaine5, carcond6)
  and two unordered ones (dogcough6, returns6); ``--part seen90``: its ordered sets, seen since.
- ``--part round91`` (written and looked at once in session 50): round 91's two ordered sets (cvss5, hotelstar5)
  and two unordered ones (homeclaim6, feverrash6); ``--part seen91``: its ordered sets, seen since.
- ``--part round92`` (written in session 50, looked at once in session 51): round 92's two ordered sets (acne5,
  sachike6) and two unordered ones (hippain6, chargeback6); ``--part seen92``: its ordered sets, seen since.
- ``--part round93`` (written and looked at once in session 51): round 93's two ordered sets (deauville5,
  whitewater6) and two unordered ones (bagmiss6, breadfault6); ``--part seen93``: its ordered sets, seen since.
- ``--part round94`` (written and looked at once in session 51): round 94's two ordered sets (bristol7, ashworth6)
  and two unordered ones (noboot6, wifi6); ``--part seen94``: its ordered sets, seen since.
- ``--part round95`` (written in session 51, looked at once in session 52): round 95's two ordered sets (ramsay6,
  brackmann6) and two unordered ones (aquarium6, appcrash6); ``--part seen95``: its ordered sets, seen since.
- ``--part round96`` (written and looked at once in session 52): round 96's two ordered sets (sheldon7, tonewood5)
  and two unordered ones (saffron6, pantograph6); ``--part seen96``: its ordered sets, seen since.
- ``--part round97`` (written and looked at once in session 52): round 97's two ordered sets (pilling5, norwood7)
  and two unordered ones (kombucha6, mango6); ``--part seen97``: its ordered sets, seen since.
- ``--part round98`` (written in session 52, looked at once in session 53): round 98's two ordered sets (cormack4,
  tuna5) and two unordered ones (culvert6, conveyor6); ``--part seen98``: its ordered sets, seen since.
- ``--part round99`` (written in session 52, looked at once in session 53): round 99's two ordered sets (mercalli8,
  marbling5) and two unordered ones (bga6, espresso6); ``--part seen99``: its ordered sets, seen since.
- ``--part round100`` (written and looked at once in session 53): round 100's two ordered sets (pirep5, ofa7) and
  two unordered ones (kiln6, chocolate6); ``--part seen100``: its ordered sets, seen since.
- ``--part round101`` (written in session 53, looked at once in session 54): round 101's two ordered sets
  (crosshatch6, olive8) and two unordered ones (bicycle6, boiler6); ``--part seen101``: its ordered sets, seen since.
- ``--part round102`` (written in session 53, looked at once in session 54): round 102's two ordered sets (comic8,
  boulder8) and two unordered ones (sonar6, piano6); ``--part seen102``: its ordered sets, seen since.
- ``--part round103`` (written and looked at once in session 54): round 103's two ordered sets (diamond8,
  pavement7) and two unordered ones (hive6, elevator6); ``--part seen103``: its ordered sets, seen since.
- ``--part round104`` (written in session 54, looked at once in session 55): round 104's two ordered sets (cattle8,
  smoke6) and two unordered ones (turbine6, solder6); ``--part seen104``: its ordered sets, seen since.
- ``--part round105`` (written in session 54, looked at once in session 55): round 105's two ordered sets (tender8,
  stutter5) and two unordered ones (callreason6, brakes6); ``--part seen105``: its ordered sets, seen since.
- ``--part round106`` (written in session 54, looked at once in session 55): round 106's two ordered sets (litter6,
  scoliosis6) and two unordered ones (ebike6, laundry6); ``--part seen106``: its ordered sets, seen since.
- ``--part round107`` (written in session 55, looked at once in session 56): round 107's two ordered sets (casting5,
  diving7) and two unordered ones (chainsaw6, vending6); ``--part seen107``: its ordered sets, seen since.
- ``--part round108`` (written in session 55, looked at once in session 56): round 108's two ordered sets (turf7,
  termite5) and two unordered ones (sewing6, streetlight6); ``--part seen108``: its ordered sets, seen since.
- ``--part round109`` (written in session 55, looked at once in session 56): round 109's two ordered sets (carpet5,
  checkride5) and two unordered ones (treadmill6, faucet6); ``--part seen109``: its ordered sets, seen since.
- ``--part round110`` (written in session 55, looked at once in session 57): round 110's two ordered sets (drywall6,
  ballet4) and two unordered ones (golfcart6, hearingaid6); ``--part seen110``: its ordered sets, seen since.
- ``--part round111`` (written in session 56, looked at once in session 57): round 111's two ordered sets (tobacco6,
  citrus5) and two unordered ones (outboard6, hottub6); ``--part seen111``: its ordered sets, seen since.
- ``--part round112`` (written in session 56, looked at once in session 57): round 112's two ordered sets (almond5,
  vanilla5) and two unordered ones (garagedoor6, pinball6); ``--part seen112``: its ordered sets, seen since.
- ``--part round113`` (written in session 57, looked at once in session 58): round 113's two ordered sets (lumber5,
  pearl5) and two unordered ones (dishwasher6, escalator6); ``--part seen113``: its ordered sets, seen since.
- ``--part round114`` (written in session 57, looked at once in session 58): round 114's two ordered sets (maple5,
  cocoa4) and two unordered ones (printer6, lawnmower6); ``--part seen114``: its ordered sets, seen since.
- ``--part round115`` (written and looked at once in session 58): round 115's two ordered sets (cashew5, hazelnut4)
  and two unordered ones (heatpump6, tractor6); ``--part seen115``: its ordered sets, seen since.
- ``--part round116`` (written in session 58, looked at once in session 59): round 116's two ordered sets (silk5,
  pepper4) and two unordered ones (dryer6, projector6); ``--part seen116``: its ordered sets, seen since.
- ``--part round117`` (written in session 58, looked at once in session 59): round 117's two ordered sets (rubber5,
  barley4) and two unordered ones (microwave6, inverter6); ``--part seen117``: its ordered sets, seen since.
- ``--part round118`` (written in session 58, looked at once in session 60): round 118's two ordered sets (walnut4,
  jute5) and two unordered ones (espressorepair6, excavator6); ``--part seen118``: its ordered sets, seen since.
- ``--part round119`` (written and looked at once in session 60): round 119's two ordered sets (cotton5,
  lentil4) and two unordered ones (furnace6, sprinkler6); ``--part seen119``: its ordered sets, seen since.
- ``--part round120`` (written in session 60, looked at once in session 61): round 120's two ordered sets (oyster4,
  cork5) and two unordered ones (atm6, incubator6); ``--part seen120``: its ordered sets, seen since.
- ``--part round121`` (written in session 61, looked at once in session 62): round 121's two ordered sets (cardamom4,
  leather5) and two unordered ones (dialysis6, autoclave6); ``--part seen121``: its ordered sets, seen since.
- ``--part round122`` (written in session 61, looked at once in session 62): round 122's two ordered sets (potato4,
  raisin4) and two unordered ones (ventilator6, crane6); ``--part seen122``: its ordered sets, seen since.
- ``--part round123`` (written in session 62, looked at once in session 63): round 123's two ordered sets (pistachio4,
  peach4) and two unordered ones (infusion6, compressor6); ``--part seen123``: its ordered sets, seen since.
- ``--part round124`` (written in session 62, looked at once in session 63): round 124's two ordered sets (pear4,
  plum4) and two unordered ones (mri6, parkingmeter6); ``--part seen124``: its ordered sets, seen since.
- ``--part round125`` (written in session 63, looked at once in session 64): round 125's two ordered sets (apricot4,
  grape4) and two unordered ones (bikeshare6, trafficsignal6); ``--part seen125``: its ordered sets, seen since.
- ``--part round126`` (written in session 63, looked at once in session 65): round 126's two ordered sets (onion4,
  cucumber4) and two unordered ones (milkrobot6, canallock6); ``--part seen126``: its ordered sets, seen since.
- ``--part round127`` (written in session 64, looked at once in session 66): round 127's two ordered sets
  (sweetpotato4, orange4) and two unordered ones (combine6, tram6); ``--part seen127``: its ordered sets, seen since.
- ``--part round128`` (written in session 66, looked at once in session 67): round 128's two ordered sets (beef4,
  pecan4) and two unordered ones (locomotive6, ferry6); ``--part seen128``: its ordered sets, seen since.
- ``--part round129`` (written and looked at once in session 67): round 129's two ordered sets (veneer4, catsup4) and
  two unordered ones (transformer6, tbm6); ``--part seen129``: its ordered sets, seen since.
- ``--part round130`` (written and looked at once in session 67): round 130's two ordered sets (soybean4, cheddar4)
  and two unordered ones (satellite6, papermill6); ``--part seen130``: its ordered sets, seen since.
- ``--part round131`` (written in session 67, looked at once in session 68): round 131's two ordered sets (lamb4,
  cantaloupe4) and two unordered ones (baggage6, drillrig6); ``--part seen131``: its ordered sets, seen since.
- ``--part round132`` (written in session 67, looked at once in session 68): round 132's two ordered sets (avocado4,
  cinnamon4) and two unordered ones (coaster6, litho6); ``--part seen132``: its ordered sets, seen since.
- ``--part round133`` (written in session 68, looked at once in session 69): round 133's two ordered sets (sorghum4,
  sugar4) and two unordered ones (ropeway6, bottling6); ``--part seen133``: its ordered sets, seen since.
- ``--part round134`` (written in session 68, looked at once in session 70): round 134's two ordered sets (oat4,
  pineapple4) and two unordered ones (telescope6, dredge6); ``--part seen134``: its ordered sets, seen since.
- ``--part round135`` (written in session 69, looked at once in session 70): round 135's two ordered sets (lettuce4,
  celery4) and two unordered ones (icebreaker6, desalination6); ``--part seen135``: its ordered sets, seen since.
- ``--part round136`` (written in session 69, looked at once in session 71): round 136's two ordered sets
  (strawberry4, spinach4) and two unordered ones (brewery6, hydropower6); ``--part seen136``: its ordered sets, seen
  since.
- ``--part round137`` (written in session 70, looked at once in session 71): round 137's two ordered sets (broccoli4,
  melon4) and two unordered ones (glassworks6, sawmill6); ``--part seen137``: its ordered sets, seen since.
- ``--part round138`` (blind, written in session 71, not yet run): the blind round's part
  (``data_quality_actions.BLIND_ROUND``, its sets from ``ROUNDS``): round 138's two ordered sets (asparagus4, cherry4)
  and two unordered ones (cannery6, spinning6); its one look, with the rules in ``docs/results/data-quality.md``.
  ``--sets`` refuses the blind round's sets in any other part. Round 139 (written in session 71) waits behind it.
- Session 21 (``strict``, issue 17): the strict rule on every set, ordered or not, and the detector option
  ``strict`` (the strict twin's flags while it flags under that share of the rows, else the plain rule's): variants
  ``strict*``; the ``ordered:*`` variants already run the ordered rule on any set (``ordered=True`` whatever the
  classes);
  ``--part strict_tuning``: every tuning set (``data_quality_actions.TUNING``, ``ORDERED_TUNING`` and
  :data:`WIDE_TUNING`), where the option's share is chosen; ``--out`` writes another results file
  (``data_quality_strict.json``). Replays share each epoch's cleanlab work between the variants (:func:`_share`:
  every variant's detector gets the same smoothed probabilities; only the Bayes test differs).

Every variant runs the Bayes test at 0.25 (``noise.ORDERED_ODDS``, the odds ``ordered=True`` was chosen at and
the detector's default until round 16's look); the plain rule's rows are labelled ``odds0.25`` (``default`` in
the rows stored before session 16, renamed). Since round 16's look the detector's default is the test off
(``odds=0``); ``ordered=True`` turns it on at 0.25.

    python benchmarks/data_quality_ordinal.py --part tuning [--seeds 0] [--jobs 2]

Writes ``benchmarks/results/data_quality_ordinal.json`` (the other part's stored rows are kept).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from multiprocessing import Pool
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from sklearn.model_selection import train_test_split  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from benchmarks.data_quality_actions import (BLIND_ROUND, NOISE, ORDERED_TUNING, ROUNDS, TUNING,  # noqa: E402
                                             _ordered_grades, corrupt, epochs_for, load as load_known, round_of,
                                             split, table, train)
from monitor.data_quality import make_detector  # noqa: E402
from monitor.data_quality.ordinal import ORDERED_ODDS  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "data_quality_ordinal.json"
#: session 16's wider ordered tuning constructs (more latent noise: more clean rows deep in a neighbouring grade,
#: as on the seen sets, where session 15's ordT6 and ordT7 flag no clean row even with the plain rule)
WIDE_TUNING = {
    "ordT6w": lambda: _ordered_grades(2600, 6, (0.12, 0.3, 0.5, 0.7, 0.86), seed=626, latent_noise=0.3, bend=0.2),
    "ordT8w": lambda: _ordered_grades(3200, 8, (0.08, 0.18, 0.32, 0.46, 0.6, 0.74, 0.88), seed=828,
                                      latent_noise=0.2),
}
PARTS = {"tuning": ORDERED_TUNING + tuple(WIDE_TUNING) + ("digits", "synthT"), "seen": ("wear5", "retina5", "credit7"),
         "seen16": ("storm6", "otolith7"),  # round 16's ordered sets, seen since session 16's look
         "round16": ("storm6", "otolith7", "enteric9", "chiller8"),  # looked at once (session 16)
         # session 20 (``"auto"``): rounds 13-15 beside the rest (seen; wear5, retina5 and credit7 are ordered)
         "round13": ("galaxy5", "dga6", "radar7", "genre10"), "round14": ("soil12", "asteroid9", "powerq8", "wear5"),
         "round15": ("retina5", "credit7", "beer10", "fuel6"),
         # session 21 (``strict``): every tuning set, ordered and unordered (where the option's share is chosen)
         "strict_tuning": ORDERED_TUNING + tuple(WIDE_TUNING) + TUNING}
#: rounds 17 on, from their modules: each looked-at round's part (``roundN``: its four sets) and its ordered sets
#: (``seenN``), and the blind round's part (``data_quality_actions.BLIND_ROUND``: its one look)
for _r in range(17, BLIND_ROUND + 1):
    PARTS[f"round{_r}"] = tuple(ROUNDS[_r])
    if _r < BLIND_ROUND:
        PARTS[f"seen{_r}"] = tuple(importlib.import_module(f"benchmarks.data_quality_round{_r}").ORDERED)
#: (label, ordinal rule or None for the plain rule, ``ordinal_deep``); each a detector on the same run. Run 1 of the
#: tuning part: the four rules at ``noise.ORDINAL_DEEP`` 0.15 (``margin``: odds x 4; ``distance``: 0.75 grades);
#: run 2: ``deep`` at 0.3 and 0.5
VARIANTS = (("odds0.25", None, None), ("ordered:deep", "deep", 0.15), ("ordered:margin", "margin", None),
            ("ordered:distance", "distance", None), ("ordered:deep+distance", "deep+distance", 0.15),
            ("ordered:deep0.3", "deep", 0.3), ("ordered:deep0.5", "deep", 0.5),
            # session 16 (``--cache`` replays): stricter deep shares, and neighbour flags' extra conditions on top
            # of deep 0.15 (``noise.ORDINAL_RULES``); a fourth entry: the detector's ``ordinal_options``
            ("ordered:deep0.1", "deep", 0.1), ("ordered:deep0.05", "deep", 0.05),
            ("ordered:deep+margin2", "deep+margin", 0.15, {"margin": 2.0}),
            ("ordered:deep+margin4", "deep+margin", 0.15, {"margin": 4.0}),
            ("ordered:deep+own0.1", "deep+own", 0.15, {"own": 0.1}),
            ("ordered:deep+own0.05", "deep+own", 0.15, {"own": 0.05}),
            ("ordered:deep+own0.02", "deep+own", 0.15, {"own": 0.02}),
            ("ordered:deep+expected0.5", "deep+expected", 0.15, {"distance": 0.5}),
            ("ordered:deep+expected0.75", "deep+expected", 0.15, {"distance": 0.75}),
            # run 2 of session 16: the strictest of run 1 combined (deep 0.05 with a neighbour margin or own bound)
            ("ordered:deep0.02", "deep", 0.02), ("ordered:deep+margin8", "deep+margin", 0.15, {"margin": 8.0}),
            ("ordered:deep0.05+margin4", "deep+margin", 0.05, {"margin": 4.0}),
            ("ordered:deep0.05+margin8", "deep+margin", 0.05, {"margin": 8.0}),
            ("ordered:deep0.05+own0.02", "deep+own", 0.05, {"own": 0.02}),
            # session 20: ``ordered="auto"`` (decided once the fit levels off; the shipped rule when ordered)
            ("auto", "auto", None),
            # session 21 (issue 17): the detector option ``strict`` at 1 % of the rows (its twin: ``ordinal.STRICT_RULE``,
            # deep+margin at deep 0.05, margin 8); other shares are the same choice between two rows of a run
            ("strict0.01", "strict", 0.01),
            # session 21, added after the first tables: the deep rule on every pair of classes (index neighbours mean
            # nothing on unordered classes)
            ("ordered:deep-all0.05", "deep-all", 0.05))


class Recorder:
    """A stand-in detector that keeps each epoch's probabilities (session 16, ``--cache``): the variants are
    replayed on them, every detector getting what the training run gave it, without training again."""

    def __init__(self) -> None:
        self.probs: list[np.ndarray] = []

    def add_epoch(self, *, probs, labels, losses=None, features=None) -> int:
        self.probs.append(np.asarray(probs, dtype=np.float64).copy())
        return 0


def load(name: str, seed: int):
    """:func:`data_quality_actions.load`, and the wide tuning constructs (:data:`WIDE_TUNING`) split the same way."""
    if name not in WIDE_TUNING:
        return load_known(name, seed)
    x, y = WIDE_TUNING[name]()
    xtr, xte, ytr, yte = train_test_split(x, y, test_size=0.25, random_state=seed, stratify=y)
    sc = StandardScaler().fit(xtr)
    return sc.transform(xtr).astype(np.float32), ytr, sc.transform(xte).astype(np.float32), yte


def cell(job: tuple) -> list[dict]:
    """One data set, noise cell and seed: one training run, every variant's flags after the last epoch. With a
    cache folder the run's per-epoch probabilities are kept there and replayed on the next call."""
    name, (rate, kind), seed, variants, *cache = job
    permute = cache[1] if len(cache) > 1 else None
    torch.set_num_threads(1)
    x, y, _, _ = load(name, 0)
    classes = int(y.max()) + 1
    if permute is not None:  # session 21: the class indices relabelled at random (index order carries nothing)
        y = np.random.default_rng(permute).permutation(classes)[y]
    noisy, flip = corrupt(y, rate, kind, classes, np.random.default_rng(1 + seed))
    tag = "" if permute is None else f"_perm{permute}"
    path = Path(cache[0]) / f"{name}_{rate}_{kind}_{seed}{tag}.npz" if cache and cache[0] else None
    dets = []
    for _, rule, deep, *options in variants:
        if rule == "strict":  # session 21: the option (``deep`` holds its share of the rows)
            dets.append(make_detector("confident", len(y), num_classes=classes, odds=ORDERED_ODDS, strict=deep))
            continue
        if rule == "auto":  # session 20: the detector decides (its ordered twin keeps the shipped rule)
            dets.append(make_detector("confident", len(y), num_classes=classes, odds=ORDERED_ODDS, ordered="auto"))
            continue
        det = make_detector("confident", len(y), num_classes=classes, odds=ORDERED_ODDS, ordered=rule is not None)
        if rule is not None:
            det.ordinal_rule = rule
        if deep is not None:
            det.ordinal_deep = deep
        det.ordinal_options = dict(*options)
        dets.append(det)
    epochs = epochs_for(len(y))
    _share(dets)
    if path is not None and path.exists():
        for probs in np.load(path)["probs"]:
            for det in dets:
                det.add_epoch(probs=probs, labels=noisy, features=x)
    else:
        recorder = Recorder()
        train(x, noisy, classes, epochs=epochs, seed=seed, detectors=dets + [recorder])
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(path, probs=np.stack(recorder.probs))
    rows = []
    for (label, *_), det in zip(variants, dets):
        f = det.flagged()
        tp = int(flip[f].sum())
        rows.append({"data": name, "split": "tuning" if name in WIDE_TUNING else split(name), "schedule": "steps",
                     "epochs": epochs, "noise": rate,
                     "kind": kind if rate else "-", "seed": seed, "method": label, "rows": len(y),
                     "flipped": int(flip.sum()), "flagged": int(f.size),
                     "precision": round(tp / f.size, 3) if f.size else None,
                     "recall": round(tp / flip.sum(), 3) if flip.sum() else None,
                     "flagged_share": round(f.size / len(y), 4),
                     **({"auto": det.auto} if getattr(det, "ordered_auto", False) else {}),
                     **({"strict_flagged": int(det._strict.flagged().size)} if det.strict else {})})
    return rows


def _share(dets: list) -> None:
    """Session 21: the detectors of one run (and their twins) share each epoch's cleanlab and kNN work (``_find``,
    ``_corrected``, ``_knn_probs``): all get the same epochs, options but the Bayes test alike, so the same smoothed
    probabilities; keyed by the epoch, the rows and whether the kNN view was mixed in."""
    memo: dict = {}
    every = [d for det in dets for d in (det, getattr(det, "_strict", None), getattr(det, "_twin", None)) if d is not None]
    for det in every:
        for name in ("_find", "_corrected", "_knn_probs"):
            def shared(*args, _call=getattr(det, name), _name=name, _det=det):
                key = (_name, _det.epochs_seen, args[0].size, len(args) > 2 and args[2] is not None)
                if _name == "_knn_probs" and key in memo:  # the owner's kNN check flags too (``_corrected`` uses them)
                    _det._knn_cache = memo[key + ("cache",)]
                if key not in memo:
                    memo[key] = _call(*args)
                    memo[key + ("cache",)] = _det._knn_cache
                return memo[key]
            setattr(det, name, shared)


def cells_met(rows: list[dict], method: str) -> tuple[int, int]:
    """(noisy cells meeting both goals, sets under 1 % clean rows flagged) for ``method`` (mean over seeds)."""
    met, clean = 0, 0
    for name in dict.fromkeys(r["data"] for r in rows):
        for rate, kind in NOISE:
            sel = [r for r in rows if r["data"] == name and r["method"] == method and r["noise"] == rate
                   and (r["kind"] == kind or not rate)]
            if not sel:
                continue
            if not rate:
                clean += np.mean([r["flagged_share"] for r in sel]) < 0.01
            else:
                precision, recall = np.mean([r["precision"] or 0.0 for r in sel]), np.mean([r["recall"] for r in sel])
                met += precision >= 0.85 and recall >= 0.8
    return int(met), int(clean)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=tuple(PARTS), default="tuning",
                    help=f"tuning (to choose on), seen / seen16 .. seen{BLIND_ROUND - 1} (once), round13 .. "
                         f"round{BLIND_ROUND - 1} (looked at once) or round{BLIND_ROUND} (blind: its one look)")
    ap.add_argument("--sets", help="comma-separated data set names of the part instead of all of them")
    ap.add_argument("--seeds", default="0", help="comma-separated training seeds (default 0)")
    ap.add_argument("--variants", help="comma-separated variant labels to run (default: all of VARIANTS); stored "
                                       "rows of the others are kept")
    ap.add_argument("--jobs", type=int, default=1, help="training runs in parallel (processes)")
    ap.add_argument("--permute-classes", type=int, metavar="SEED",
                    help="session 21: relabel each set's classes by a random permutation (this seed) before the noise, "
                         "so that neighbouring indices mean nothing; rows go to part PART_permSEED")
    ap.add_argument("--out", default=str(RESULT), help="results file (default data_quality_ordinal.json; session 21: "
                                                       "data_quality_strict.json)")
    ap.add_argument("--cache", help="folder for each training run's per-epoch probabilities: kept on the first "
                                    "run, replayed (no training) on the next (session 16)")
    args = ap.parse_args()
    sets = tuple(args.sets.split(",")) if args.sets else PARTS[args.part]
    bad = [s for s in sets if s not in PARTS[args.part]]
    if bad or (args.part != f"round{BLIND_ROUND}" and any(round_of(s) == BLIND_ROUND for s in sets)):
        print(f"--sets: {', '.join(bad)} not in part {args.part} ({', '.join(PARTS[args.part])}); round "
              f"{BLIND_ROUND} is run only with --part round{BLIND_ROUND} (its one look)", file=sys.stderr)
        return 2
    try:
        seeds = tuple(int(s) for s in args.seeds.split(","))
    except ValueError:
        print(f"--seeds={args.seeds!r}: use comma-separated integers", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print(f"--jobs={args.jobs}: use 1 or more", file=sys.stderr)
        return 2
    labels = [v[0] for v in VARIANTS]
    wanted = args.variants.split(",") if args.variants else labels
    if not set(wanted) <= set(labels):
        print(f"--variants: unknown {', '.join(sorted(set(wanted) - set(labels)))}; known: {', '.join(labels)}",
              file=sys.stderr)
        return 2
    variants = tuple(v for v in VARIANTS if v[0] in wanted)
    if args.permute_classes is not None and args.permute_classes < 0:
        print(f"--permute-classes={args.permute_classes}: use a seed >= 0", file=sys.stderr)
        return 2
    jobs = [(name, c, seed, variants, args.cache, args.permute_classes) for name in sets for c in NOISE
            for seed in seeds]
    t0 = time.time()
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            rows = [r for part in pool.map(cell, jobs, chunksize=1) for r in part]
    else:
        rows = [r for job in jobs for r in cell(job)]
    out = Path(args.out)
    result = json.loads(out.read_text()) if out.exists() else {}
    part = args.part if args.permute_classes is None else f"{args.part}_perm{args.permute_classes}"
    stored = [r for r in result.get(part, []) if r["data"] not in sets or r["method"] not in wanted
              or r["seed"] not in seeds]
    result[part] = stored + rows
    result.setdefault("seconds", {})[f"{part} ({','.join(sets)})"] = round(time.time() - t0, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n")
    for label in labels:
        if not any(r["method"] == label for r in result[part]):
            continue
        met, clean = cells_met(result[part], label)
        print(f"\n{label} ({part}): {met} noisy cells meet both goals, {clean} sets under 1 % clean flags\n"
              + table(result[part], label))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
