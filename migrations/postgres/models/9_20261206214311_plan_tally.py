from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "plan_tally" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "grain" SMALLINT NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "bureau" VARCHAR(20) NOT NULL,
    "prefecture" VARCHAR(2) NOT NULL,
    "applied_month" VARCHAR(7) NOT NULL,
    "nationality" VARCHAR(2) NOT NULL,
    "job_category" VARCHAR(30) NOT NULL,
    "employment_status" VARCHAR(30) NOT NULL,
    "plans" INT NOT NULL,
    "workers" INT NOT NULL,
    CONSTRAINT "uid_plan_tally_status_39ad14" UNIQUE ("status", "bureau", "prefecture", "applied_month", "grain", "nationality", "job_category", "employment_status")
);
CREATE INDEX IF NOT EXISTS "idx_plan_tally_grain_1899ea" ON "plan_tally" ("grain", "status", "prefecture");
COMMENT ON TABLE "plan_tally" IS 'Plans and workers of one cell: a plan''s status, bureau, head-office prefecture and month of';
        CREATE TABLE IF NOT EXISTS "plan_tally_change" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(20) NOT NULL,
    "bureau" VARCHAR(20) NOT NULL,
    "prefecture" VARCHAR(2) NOT NULL,
    "applied_month" VARCHAR(7) NOT NULL
);
COMMENT ON TABLE "plan_tally_change" IS 'A plan''s cell (status, bureau, prefecture, month) whose tallies a committed write may have';
-- Triggers note which cells a write touched, whoever wrote it (app.domain.plans.tally reads them).
-- Statement-level with transition tables: a bulk load of workers costs one insert per statement.
CREATE OR REPLACE FUNCTION plan_tally_note_plans() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO plan_tally_change (status, bureau, prefecture, applied_month)
        SELECT DISTINCT n.status, COALESCE(n.bureau, ''), COALESCE(n.head_office_prefecture, ''),
               COALESCE(to_char(n.applied_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM'), '')
        FROM new_plans n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO plan_tally_change (status, bureau, prefecture, applied_month)
        SELECT DISTINCT o.status, COALESCE(o.bureau, ''), COALESCE(o.head_office_prefecture, ''),
               COALESCE(to_char(o.applied_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM'), '')
        FROM old_plans o;
    ELSE
        INSERT INTO plan_tally_change (status, bureau, prefecture, applied_month)
        SELECT DISTINCT k.status, COALESCE(k.bureau, ''), COALESCE(k.head_office_prefecture, ''),
               COALESCE(to_char(k.applied_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM'), '')
        FROM old_plans o JOIN new_plans n ON n.id = o.id
        CROSS JOIN LATERAL (SELECT o.status, o.bureau, o.head_office_prefecture, o.applied_at
                            UNION ALL SELECT n.status, n.bureau, n.head_office_prefecture, n.applied_at) k
        WHERE (o.status, o.bureau, o.head_office_prefecture, o.applied_at)
              IS DISTINCT FROM (n.status, n.bureau, n.head_office_prefecture, n.applied_at);
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION plan_tally_note_workers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO plan_tally_change (status, bureau, prefecture, applied_month)
        SELECT DISTINCT p.status, COALESCE(p.bureau, ''), COALESCE(p.head_office_prefecture, ''),
               COALESCE(to_char(p.applied_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM'), '')
        FROM plan p WHERE p.id IN (SELECT plan_id FROM new_workers);
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO plan_tally_change (status, bureau, prefecture, applied_month)
        SELECT DISTINCT p.status, COALESCE(p.bureau, ''), COALESCE(p.head_office_prefecture, ''),
               COALESCE(to_char(p.applied_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM'), '')
        FROM plan p WHERE p.id IN (SELECT plan_id FROM old_workers);
    ELSE
        INSERT INTO plan_tally_change (status, bureau, prefecture, applied_month)
        SELECT DISTINCT p.status, COALESCE(p.bureau, ''), COALESCE(p.head_office_prefecture, ''),
               COALESCE(to_char(p.applied_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM'), '')
        FROM plan p WHERE p.id IN (
            SELECT k.plan_id FROM old_workers o JOIN new_workers n ON n.id = o.id
            CROSS JOIN LATERAL (SELECT o.plan_id UNION ALL SELECT n.plan_id) k
            WHERE (o.plan_id, o.nationality, o.job_category, o.employment_status)
                  IS DISTINCT FROM (n.plan_id, n.nationality, n.job_category, n.employment_status));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER plan_tally_plan_insert AFTER INSERT ON plan REFERENCING NEW TABLE AS new_plans
    FOR EACH STATEMENT EXECUTE FUNCTION plan_tally_note_plans();
CREATE TRIGGER plan_tally_plan_update AFTER UPDATE ON plan REFERENCING OLD TABLE AS old_plans NEW TABLE AS new_plans
    FOR EACH STATEMENT EXECUTE FUNCTION plan_tally_note_plans();
CREATE TRIGGER plan_tally_plan_delete AFTER DELETE ON plan REFERENCING OLD TABLE AS old_plans
    FOR EACH STATEMENT EXECUTE FUNCTION plan_tally_note_plans();
CREATE TRIGGER plan_tally_worker_insert AFTER INSERT ON worker REFERENCING NEW TABLE AS new_workers
    FOR EACH STATEMENT EXECUTE FUNCTION plan_tally_note_workers();
CREATE TRIGGER plan_tally_worker_update AFTER UPDATE ON worker REFERENCING OLD TABLE AS old_workers NEW TABLE AS new_workers
    FOR EACH STATEMENT EXECUTE FUNCTION plan_tally_note_workers();
CREATE TRIGGER plan_tally_worker_delete AFTER DELETE ON worker REFERENCING OLD TABLE AS old_workers
    FOR EACH STATEMENT EXECUTE FUNCTION plan_tally_note_workers();
-- Plans already there are counted by the first read after this migration.
INSERT INTO plan_tally_change (status, bureau, prefecture, applied_month)
SELECT DISTINCT status, COALESCE(bureau, ''), COALESCE(head_office_prefecture, ''),
       COALESCE(to_char(applied_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM'), '')
FROM plan;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS plan_tally_plan_insert ON plan;
        DROP TRIGGER IF EXISTS plan_tally_plan_update ON plan;
        DROP TRIGGER IF EXISTS plan_tally_plan_delete ON plan;
        DROP TRIGGER IF EXISTS plan_tally_worker_insert ON worker;
        DROP TRIGGER IF EXISTS plan_tally_worker_update ON worker;
        DROP TRIGGER IF EXISTS plan_tally_worker_delete ON worker;
        DROP FUNCTION IF EXISTS plan_tally_note_plans();
        DROP FUNCTION IF EXISTS plan_tally_note_workers();
        DROP TABLE IF EXISTS "plan_tally_change";
        DROP TABLE IF EXISTS "plan_tally";"""


MODELS_STATE = (
    "eJztXWt3okq6/iu1/LKTdZysJHaSjvsTUZJmt9GMmu7p2cyiiVYSJgoOl6Rzzuz/fuoCci"
    "sQEBVJfVEs6i3wqdtb7/X/GnNjCmfWkTCZGI5ui69Qtxtt8H8NXZ1DdMG83wQNdbHw7+IC"
    "W32YEQKV1lTgsuqDZZvqBDf7qM4siIqm0JqY2sLWDB2TuI0DdTrXdA3XxnfAwzu47UljYN"
    "nq4yM4EE6OD9vg7dkAU22KvlUb2Ab61ibPwH1oE/2E+hF+6tSYoIY0/WlTD3B07T8OVGzj"
    "CdrP0ESP+fNfqFjTp/AXtLyfixflUYOzaQhTbYobIOWK/b4gZZJuX5OK+N0flIkxc+a6X3"
    "nxbj8b+rK2RqF9gjpE/wXi5m3TwdDqzmzmdoWHNn1Tvwp9xQDNFD6qzgx3EKamL+CXNRSl"
    "PxgrI3GsKI1Y53kUAbjdoomhY6TRq1rk3z/hV/jb6cmni0+fW+efPqMq5DWXJRd/0Uf7wF"
    "BCAk9/3PiL3FdtldYgGPugqnYc1C7CxtbmkI0spYggO3VJjryLKM4eqmlAewW7QToFxrF0"
    "K47Gwu0dbn5uWf+ZEZiEsYjvnJLS90jpwfkhLjfQHKYzfNkI+C6NvwD8E/xz0BcJmoZlP5"
    "nkiX698T8b+J1UxzYU3XhT1GkQSK/YK0JVA706If8+1rOdZ9UUdWdOelZCf1/VJzDew0vq"
    "SC8juMrpV39FK96xjc5QRFgrCKvr6zYI/pL1rih0xtK3wP1oiaxHa0TvD0X8ZPJDuRNGo+"
    "+DYbcNWKWyProf3Yn9rtIZ3N4J/R9tECnArS3bX1aKl+F6PVEYhSqFCqKrdMKyMVd/KTOo"
    "P9nPeK04Thnc34Rh54swPDg9jgzYvnvnlNz6KzTAdMOG8eE1hr8SlmOvfqEB5a4CGx5PpS"
    "wU4j/GoTXCw/DgVvjHYWid6A36N171AOad3uAqgjWajoap5Nr9giSr98BCkO/fJugjOjHm"
    "C1V/z4dpmIijGkOV8IP5MA2ScEQJopj9fXxh82p4VsfRvTZMqD3pX+F7bFuPYOqeSkYY9X"
    "sLlrP27oBH80v955vq2/LMEFr/0P9H/xraBAG0e4+HUmfcYK0HJUDboS25J6fa4hteCzMg"
    "TCY6H7oZoA0uiQnA4iXiQZ28vKnmVAmtFfiOcWpESpZ147fmp/NoiaqrTwQd/D/wW3uyDF"
    "1HY3oC50myjuD9ZqqsI1pzlagjGWQuTqiWOMHW7BnjYIDPnWxglwRVPmpmhzdy7Mp27ko7"
    "eMVOXg/GlLFRJZ+8vPq1wHfbRy+0GJu2peQXkoUIuaysyrIyqE+L9HCArIT+rSSvUovutW"
    "xjYSmIY3zVJoyd6cowZlDVk2ZxhDbS0w+IeFOr6LIk2L952aPs/Xo1GPRCXXolRdfH+9sr"
    "cXhwQvoSVdIoWxqXA6CZAafFZtSSbitTqjJb177NqVdoWkz9QiL/HKAoJOcpNIVOol15sm"
    "vGOSByMCH+twWmSZhyO7xFxpnSN94ODtdhn9Ffmw702bs7ffdkzrgrTeqUWTgPM816Rv32"
    "kFPuzKDkotJVotIgaFzslEHsxBhlIekTeg/Qv+/1diZ9sm118pwoe/LvNlMlT+F6K01sBj"
    "oEzmJmqIgzAY/aDKKahgkMVIzYnzk4UPUpeDPMF2geNgG6o4IHZ/ZCqoKJgXY91DfAguhC"
    "nRESK25ms6mHcNlYtWRjmqXgfst5BglQ8dNHhtMHWsrxApIPZJ9oYxjHRvL+QowXHoX8iK"
    "GcLOgNEdVCGBkR9p6dZRH2np0lC3vxvaihgm6jzYoClQPsKF0N8T7JJFw/SRGun8SF65b2"
    "vywZkfaUbMHgUmzvVLv5HfDy9LTVujg9bp1/Pvt0cXH2+Xi5FcZvpe2JV9INXj1C+DNW7G"
    "f19Ow8z/D2KWo4sM8/ZRjX558ShzW+Fd0SUb0nqLxAxlkoBeUwWQ2h3oiCzmPlC4h2IqRc"
    "ttPcC9nO5FnV0TxBx86ZNiE+EjktC5PouZwntlmgJzr4/K7gcy4T5uQFjUW7IYPkrUIcWt"
    "M+ZVnSPiWvaJ9iC9pipuYc0AGKTfFF+zyGqSwnH6QhGr4urJT/ohFYgtz3zm1mv8ZrZpmv"
    "P01Dst6OMOoIXbGRvPCWAG3XbU9ym9ur0ZsVYdaOk8Falk72EkD+vmyolvCGFsXVQzjOZ5"
    "UAcYc0KoTbrCXaiWxqbjPloIALay2eWEIXl/L66xDOlsCy+8BX/3QC7e3Z0TSpGyKr8JuO"
    "z4hWWYB13QZLGbXVwGs7asjlSEtVRwbHYxa1pBKcEKv1k7LzCR4fy875KZzIzsX5xYPsXL"
    "Zap22gAm/voUpEG/vlu4pD/3FUfcjQSZbZMEMP+WdEExtmLv7F1ZQ7jQiwHIz5fE6jdPzo"
    "V1HxRdUw3oD8Is2LMrTyrMn9hQ1P9gv3zM6U0Yld+cPingKd47S4ayOsJduYyv0EmctM3M"
    "80SLCS+xERi/HuhiHyKIHxCFQ9yIkcdMWRdNM/mk+B6cwg+HwYZ3fWaonbWVWNgcmrd+Nu"
    "WtX3OaikFmIX1hml8aLcjGtbZly7PVJVS9pYh6gzFVvmN6xL20XsjoohXGLwDva6sO2jaL"
    "XWhHJOojt3UXHs5xG0LPrn48eiwO1m6nkIVVSsQM3VkWDBzHjSdOAS4ZML1PBZBLygDiUH"
    "GRqQ6Hdg6LN3gG4B23iB+m8WeFatZ6BZAFv7wSkjCGy5bfPDUrUOS6SrFNxRebjAMFU5bO"
    "BuYd6wCS7WnepwxsZ4dUTWAHmVee6GcCe1AfqQdaF7K/XRNf6KrilZuiALF57Mg8cdKWYa"
    "3jXQeRMdSRnK0xRXihhlHWKYbny8c/d2Buj1NYGeqZatOFahHo/SVqrPuSAu2tXw10JDzR"
    "UJ8BKi5OLWKveyCV8Rj1dkOocpeSCfKvcyD4TdqIlIsn6Ipkgkebzm8uI1M+03eLjmtSW+"
    "S1x3I4yMm6UzRJJM2/VkwSTbfj6LlerZ5fGl7JyfP36SnYuzVkt2PquThzYRFtJWLZw0Sg"
    "UTaNoa+otTgLW3TYBD35BKeACbmmXo4E2zn0kZrgFUC2g2FjAa05jockvPlXWc3YqE45mC"
    "g59T7fHxZxO8wIUN1EcbmoRyikaNOiPtus+iCDbBtfB30LrMakryJx5xtkM6BlV1KKP1Ly"
    "403abQ1O+CIsI8n7rC1psN4e6uJ4ldLM4jF7J+3++KQ2UofpPE720Q/IWzFt0KqIDkR6JX"
    "st4Rh2PpmrSxvJR1zNR2h8L3fhssL4sICE9Os4T/OE2O/nEalVnxqJbrR7Wka2ocwj9Gg3"
    "7CacIniZ4VtYkN/gtmmrWP1jopuGEwQifEWKjyaFTyZvjohxuIhirH204e3L36HPQ1QDfh"
    "3HglW3BAMZ1r+Ce3sFbH7I/MZFP9gjgtBPOcbVyRnC4hTlkHdU+azGojKevwEaGQ9DBMyV"
    "UBlRYf+geQnL0cIuSKgCr38aNmWraiTiboPFuor5kNcLVAlft8KQ0por+P0PKernRPczuN"
    "eAfX2E7DWUwL9neYkvf37vubMcFj8UIq6TW1b6JgHmdsPR1ZUpyxfKGCfAlJacFv9pb3SA"
    "8SBF/XB4mqBsXX0iIbVAOmzatcKWSJytYloivVrHBZM4P/h2XDBfHFcNWaIKCkBQedC5JR"
    "pHtyiF4a5wkBcKrZbG+PNVrivh3VUlNW2xGen9kysXRxHh4tBUw1ZTbts09dcU+Su94Pqn"
    "z+IetiVxq3Af70Fci+/hirn0f3V7e4jncl60KnI96hEvrtqag9BbWnnv7hKad/RNfCLEro"
    "zxl00J8TVdCfoxroR9OYK+sZF0SaqLDy4gNaGKBJvV7vhhrgfVulvkXrqmEqpjFLCKeRaW"
    "UOtFDp1bkzuL0T+njtpBeyfnU/FIV7Be1t19dtEPwl67c9aezd8a9lXbq964m3Yn8s9W+U"
    "wfCmDaIlaBXvC70fI7yM04tCnX2epbOjW3qgs8/jeZlyK5a5RnktjbILn6JZCnoFaOoqw5"
    "k2NcdbQgs8qV6GjG90aSrkLcIi5R4OCQgX8ByJE3J0E+wSq5Khp2Ji3E0761Ql6n7FYM/s"
    "u5Mz7H7iul0G7B/DXYq1Z2VGm/tO5YM5Q8ysHblQhQc7S6Qfmw4pUn13NKmBypnyj9PwSw"
    "toArcJcCCcHDaBNkXcLPVZengHmm0BtD5ANKTaAEeQMkzNRlX/ByxM+AgntmPCQ+J+hM6h"
    "D9BkpyHf4LO4cqBaygHS1Tkj0AdpeNCniJQgHgSHzBELbd3eFCkqGWI2VGkB0a3Ul0Zjcd"
    "gG3pWs3wy+icP+AJV5VxUQuXvQ+itXrgnBpK6DfCcSFTcD6MnC0pis1IONbg9FAPcpqzwN"
    "iq5EWRai5HUoCe2c6Z8jZHy9z7ze2/AXQzS8GmmProZD+iRTpu2TlEzbJ/FM2x5LnTeGeZ"
    "SuhnhvJLM5nKtaQghLNtBLgjoifJZl/UC1UgLFx1aQhWpZbwY6uOYNyBojrCXiGwjNvwSO"
    "itmKWMYnNMGtqCptRYWagrZSeMIlkNeQ9d/ErIugVzykZGpD3PWsyhOw6kF04h3bEDpj6Z"
    "vYiHVuoDxiBkVuYBtE/C3ro/vRnUgtnZaX2PypJwojav5Er4oIRi4zTNPLxEl6yaPhlK91"
    "5s6VDJD309kuybkypvjO5MpEdUBKGY46rvIpq6dONTe0dH8mN/XIukCF86/UEKeg49BW3b"
    "/2ESzslLgmSOV5bVYTnlJGEgapbuNok1YHoVTHDJuDaCrkZIuDWBLmLJFaz88fP8vO5ecz"
    "iD+Pz2Tn4hzCNg1nitNAYfdAEgoVPfhoaswRLkcT1VZnxpMDgWoDSHLpzrUnk/oMmo4eNz"
    "bY5IPWsDSYIBTzSZKnJUqQK6QcKScLezPF/iBJ95d4vEhU+fFsrgSenEoQrvzIp/ww4X8c"
    "zYQMe5lUr4MgGXc1yOBqsICm8maYL6y1IRXpMCHHOgPWeNbgsOUMFi9xGQ7RbG8lbh1HEa"
    "YlFTJ550FMSj3MGoi9QyxyWTB1Au3t2e62k3OI+GthmPYQTgwzzCOz7qeeQyCpqZh+1ZXn"
    "EJGw9ph3BJQaHHQG/fFQ6IyP5tPDNnh7NpoAp13An6rdpCeFt2dt8owTMdgsA+eyGuWWzN"
    "WyZK52mBMed7ZwlBPuT/9h/Ok/SHrkQFJk1BVusuQiXVByemRbNdFmlkd84FNUGfGCAoSz"
    "LPKDs2TxwVlMekDZByX4djGwk2NHsKlrAfy240iYaBdaOuBlZMRCNBvyrt9r2eMuEl5WjP"
    "XasBP9LpyKK4ZwVq/iyvoT97D35LWqzbCbGONEHbrfTDtRUz/Mx0DVTJ7EmABOqZNvE5AV"
    "DSc8hKbr9yt1idMucf+daVC3AeLXEUtvgQPh8vAICLpX8JsF0KII0KOM2DF7Y0+SdQyYRX"
    "IwLptBj4XTJrBwEkfLmUwQyaMzc+8/GphJsYChz94RmWrjJ1qGjho13nSA5oZhZc67+ALf"
    "lRdUgut7rlTkb/IEjFs/8gf7osiBIUhfZTYKMTY3Ul+Rum3gXcl6pyehE50idLtoRRuhM2"
    "Pod6EDXRZXlpNkT5aTmCNLTl/DUn0Md81cRQINZnFYRrVSQg3GnZZ34btfNR528zD7y3sM"
    "5xUpj4KElbLe5XLGnEa7G2cIe8bkJZEbJDczsIIzr16GUPFL1smIMV+4GcSnGY4NEMemzc"
    "BPWqKQXz8pcxZj+MppksGCxXmuf3FFC+e6ONfFua7dcF3+wpWXI4jScqagckwB99zinls7"
    "YAIHjv1g/LrFgTIYXGDgbiobaJB6ihdvYyUfmNzp3LqlYkzXOgzXPjBbY/H2bjAUhj+UO2"
    "E0+j4YIrYrXibr3pWC+C1x3Abh3+h+T+grfiaJ0E/3biCnRPj3kvoPsTMOUNOfy7vfBl8D"
    "N8kvWacs4vjLcDAe98Qlz7gsQKzjF6F/IwafHi2RdfSiUk+h5ahC6Cf2EEdwjPHfkXDiDO"
    "woHipY1sCB9br34rKC+xvfR5D2Bj+wMYjSFTuSm24jXoreV+h3xF5PGEuDvl+XVVqE7T3N"
    "ZpyfYpvPSKviHjdzWTCEqKo8RYq6QWwiQpHlPPwbTnKZigRI6ojyJpxNHowp4ySXbCDi1a"
    "+DYHfbFiET1TQ1aCmIcydRjvMnFmE2wB1QMjig4Cguhe07l8SbWlVibGTj7/fivbvrhUZ+"
    "oDzM3NAbbUC/ZX0k9rtS/6YN3AtSMiY/EQtzjTZ9XJt+F9lc03hNb65cJK5EF7GkVrYN5w"
    "uWr0pyPpIAyfbcg2LeQTt2Dgp5ZqJlW3FhKSBRYJBvJbAVN1wvKDuaqagLCsoJY8Q8hlnl"
    "+1qxjReYkI81pZd9sjpwbeFtqJUlYHgrOWJ4Kx4yXLVsBZqmwXALTuaLw1R1wHnr3DGXhD"
    "MGe70k4eFYW3oRJiVAxnesqu1YFdF0kHBZDB2HF0YrWbux8GpsUq3xZwNVcJYLljZtoAp/"
    "BgKNxm5zRcg2FSFVjxcblxZ0h8L1OC4s8IvDsgJS3gbkC3sHbi+DNqb3NB++0mOp71iqOl"
    "wVQEAbUExKUX72bR6tdv0MtIEEk/kT87CpS+G4KxQWrXzdFcGtEH8dpuQioYoxXcFODnEO"
    "efo4RMi7uMJd/KiZlo2Te8JFseMyswF+lqpyn0+giZOiol2vSCo7NnXddsxWlh2zlbxjtu"
    "JZvyhuxWRSEVo+v6o8v0w4V/UpzsPtxbnLKveNU3LZbxHLCHSSntEQewoOZAqtgqLgtIb4"
    "HKzyHIx0nWrli1yTQM5nY/7Z+OAg/Jyi8i+fekPYl8BiNL4Mvn4VpO6gDbwrWR8P0PV9G9"
    "BvWf8q9MeoAvmSdVw2lPB97wqb295f3WMbW/SF6kv9rxKqj7/IvRvSnHsh66Mv0ldS4l4g"
    "ih/3oy+ogH7L+gDRCt+FNnAviki8Ss5aPTHMhWEW5DsZtNUdE0UdwFpZJIytZAljq1LJZi"
    "u29G0l3PoC5/bTbbR1vMLcqCeQ1w/8jSRWfobqVDEe0eE0mto+K/7JLdRuqcmiy0hWZcQ0"
    "GUHkCng1JJDXb+C3Mg38VsrAb8UH/gKBlGucLwnqB3D5uo4t5w+vNrqbcM6ZTBxLeXAsTU"
    "fTPmd8IBZt/WAvP+bCv9XJWkExgvQVxrtxK2KfDhxEWuhL/yRegG3AKMRJbu+w7yEOOU3v"
    "42S3kaIiZ6iTLBluT5JT3J7Ectxi7A3zSdW1/3U11znZzMQGKtyTVeLyH9GDFSzkU2jUzr"
    "yReRPpeZTeuIHHIw0W60ZQdSZkwNKMSfmBz9IW74R4J0yNObRsbYLToZiOZpMEjQXDgmdp"
    "qw4L0dYlraqFQJ0buv08e1csdaaaDG/cxLmRRM6nQ3w6PKuI6TR0ll1nqs9tiK6Yq23FkN"
    "2Owy3BLH29SeZ2mMR1WGC2wOkU3GdL2VJr51FLraTwcQrzfWaCPjrBbJJBm6aC3r/RnAIl"
    "ViknYwlZp9hMSELm+fVD4bgwjV/5tUNhqvqtpRtRT1DQgufu/JBHqesH/Ua2MQpebkFuhK"
    "yGYG9CnEtRy6+TCJPVEOzSNRMUMnyoWBhviN8yHnHEDcPUWQF107NQp7fEjyqZjyr4oVSg"
    "MUEn6IRlPj0wE7sFHpkpD/rYHdNCaw1+pYLwR5rg+GfBn8ddYGwD9Y274CymBfs7TMn7e/"
    "f9zTCsZqS3p2aBuUIFhIl42sSVaRNdwOIQ506c2KEtCZOlKG6/gP7LG0srsieGh1ju/Imh"
    "0IHq5BmrpFiyfZf4+usQzpIYMxd5YdnQVteuzcIeXgueVf0JKgEX+jUh65AGBb+9uiIHX9"
    "cfXzj8jPha4+GFBgFEnHgJMPVoS3UFiipb1sTpO2mkrhCZcGGY6844CtGQNFUnoDYdPIuu"
    "UgkRtJZLWHoYLQUu6/EcIfvE5TZBcmisAsFjtnhY5CFFirneqpNk1dZqu2KfuspJFxoj4Z"
    "uouJHP/GtsRHx1K+Ey8u2HLfOjluEAZV4t70rWhU5HvEMl9NsLjOaFRfOCov3wQqL98EKf"
    "eYHPvLBnXtQzEohtOEAvFsx/QqKyxUplHU1VcdgXekpncHtLArtHS7Jlg3FLEHDhKl6B9z"
    "/xw5WheCON0FNIsDhWcaQ2tsSO1aWF+N+PJYQVzgfj12QUyvp4KPRH1yQGnVcvViTrXWnU"
    "GfTHUv+eJo7xKyfdieSqWcbBY5VG65J/FK/sFkdqB2PmMYpjtekQizcfuBOhCfQxuzySa2"
    "f5X1ml8bw8PanPSsxDihvZNqawXi2TDjNFhRnTYD6axlxZL3BjpIkKazN5AMc1AjiifXC9"
    "cRJqgI+Seo4SxNQYpmIas8JJY8ItVJo1QhzDndDHrAq9kPWr+6Eo3CuIsby+boPgL1m/7U"
    "lj745/jVgStO2QrRs7Xw2GN4gliZSgQYgYlB8jzDXRi0KdfZ6ls6P8dKCzzxkRF/LGfeIB"
    "n9YL+EThUzRLQa8ATT1/Lix2C1zln0XlT6T2jA3wj9GgnwC3TxI9y2sTG/wXzDRrD71MUv"
    "DGWKSP++gQj5zMcQPRcU83hUIqWRbphhx99k9iFUWYOmkWwDdIyNGNoUsEu7lgDVBwM4KV"
    "ZgRe/ok1bQi8RBf7hW1Wy4HAkEowG0hccndhn1GtFSEryKztJjPaZBUtAesRbufeyqTl3G"
    "eYg7tObkuYTSsDPV18gjowoKpfoRCcBWquUgk2BjoEsnOG+kV2PqunU9k5vzyf4uvWCSpv"
    "wUfwjP4CeHgH9jME7kD9HaizGTAecdkcqCYE1CQbTsFBd3ArSH3U6PGxenFy1Do8ip4+t/"
    "ZQrtaslloTse0aWwWWzNcESLivLFnKHISCqdmMTTajxCzYQIWlKo1bqU8UXm3gXcn6zeCb"
    "OOwPUJl3VUS2VXL01mIhFbcSRnGXXl3lxlF8MtVpYSnxkrjCMDduxL44FHpoaNMLWR/diR"
    "0Jl7gXRcZ6yRnE88cnrnFU4iwi8mQJeUxA/qrOtNQ802yAI2Qf2mmfC0644GTXh80kwUlH"
    "GHWErrjLQ+YYHaHeGwlHTHqzufKAaS/rrTxe4mYtoOpT4Npi4/ObgY5/OIlEG6gAN/ibBa"
    "imvwloVoMmwFGP/0ajHgOfTyINkThcqJnYqXKDz5L1gC8HOPhDRedRgBfVwyaph0+p9KFA"
    "tdELPTg2tACGmBxifz7h4fITHKjgQbOBBW3S5k/U6NHUmKN7R/jdrCOC7NH3wfCrOFSupP"
    "Ho5+/gt9/AGzq8QvIQ0hCYQfUV4r/qPw0YDmrUBKh5zSI9f3gk6+gZpOGfgEjRLNIGKQFv"
    "Gvpnqo3bsmwCk/sHUPvk0I1AAwfwFZrvhMI9eNNy9EKklqzTF8L/FD3ViIGA8Pnp9sbPAE"
    "oWfopmH4EOag39kekUOAtgoIct3/A3S9bpKm2h11Anz/QtNEKKXvcQ9Z+NHmlTshj6uF/R"
    "GkT+GX3JBbo/MeYPmk66MUlCEMwQHEiyEWLWvVSNZHyQhQw/AV/QttGGTI9X/zbQeoEWuC"
    "eDhoyD88XMeCcaVfcp/4pIJP702wqYv/hP50mKtyqyWHZGGNfRHM3URHCXRNuTWGwe4tbp"
    "xfkSXfwjDdjRrdDrxWUXaRZhbCg3n+Z5lyfk0uOepOUUYgO8Zh6hjwbwzkQ9FQe6XFlPbH"
    "/NCnSMsIZYly3QCXMsmaU6YbIa4lzymI6yglmBjtLVEOnyc8rG+ewciDOJOewZYCdHy5zC"
    "Nxa6e80ol6bpS3RfXxFdmCOaKs3csfSNxvJopMng3CrNbJI4ZeJXXymQEzwpGJXvRGVhPq"
    "PapMKvQ/D2bFgQ4CdpWOaERShzzUZDCLyZmg3BXH0Hz+orjMnjNvcoWad/efo7uWFDnZiK"
    "mNrTExr9TdTCCypS31B1T1JFXsIiViNEFIbaVJ+w4C1BCrSOnciV9vRR5C6Xp6et1sXpce"
    "v889mni4uzz8fLKRq/lTZXr6QbPF1DO81q6QyXJ3B5wn4DzOUJXJ6w//KEivBYQ9QFPQ2x"
    "DImBdSI1UjksklJ7hivniLFDbFsdxMUYj0Q/R4J2oKt3oojEWkPKpRD9G9bZzYynJ9RXWK"
    "t1sFAtC7HwU4BTHduIj0EnUYQ5PffHLGhLf4qsm/BJw38QN3fYXHJKWHNmqybijoi2kyjS"
    "0LTQbeBmpCXPQW2r6EKfGm/gQLjMaoL7ZyCyyQsNqq3aXM215YBDKaFpEv249iAcTVHJSJ"
    "b9p5W8AbViO9ALK/B8MrovzOjydYB2I4kVqh0vqyr2cnsRMKsirITvEsXgIkL+UskMBHU3"
    "crx6K1mHK1cygqM9NIE2X8wgFkKj3v6bYT6RrRe97uzdQvvuxDXoORBOjvFOTWPEYzEI5g"
    "emc02nG7lhxt1vNvgc7nFTrX0d8X0a2yA2ee8J0pSzAe0W4rDFdpbd5zx58zmP7T3rBK/h"
    "YWv2IGxNmgxsdRevKQ/bkuvJl8HXr4LUHbSBdyXr4wG6vm8D+i3rX4X+GFUgX7KOy4YSvu"
    "9d4SiH91f3OLYh+kL1pf5XCdXHX+TeDWnOvZD10RfpKylxLxDFj/vRF1RAv2V9gGiF70Ib"
    "uBdFxkPJrl5TzVrM1Px5AaN025vxjUZsLJS2mm4mG6Arn8BJt3IJ62KEVV5WCx+fzjIdn8"
    "5Sjk9niYi7arUCSWsSmuAHrModsIIdr1kKluO8Mpay1KhgIbotxgLz+MZgty55ySpHAuPJ"
    "vxgL234mg0pK/pVDcBFK1ozP1wqVpq6bWIc2ljX3STUdPdPTVXh4lZEn5iPApevoL05gGV"
    "mbAk3VFK2p8abPDHVaWn6rrtvg/nI56YBZ0LJKWLYc+3lEW6rpwHLzgZWxaFHTwDqvWfBX"
    "CRmJRNLIEE7QkaSus8/P/rPFhGn7MqI2qRsaewYTw4C5RIOhJ2JXbKbpjJbGGIoZpVmpP5"
    "KdTxBC2bk4v3iQnctW6xQcCKeHbfBsoL8FVEAk+0DqgkfDBC1U7JgWIHFDgOycX5xOQrQ4"
    "7BoOXWART21scWIab8T4w2unDWgYh5B2aSdvIeto2dBwKDhsAaNZwIRoekzgMoYcum+jQj"
    "RoLbsJLIMU0lEMyNjFXvn2DD0GjaWJY5rYusWtb3HVFldtVRLiDau23EiSytoh55gNVVk6"
    "uz+x5zxoixkSs6krrKmqhj2xB1v+YGhxyipPg6IrUZaFKHtYNA+znDZ0EbJN4by7Bb98K0"
    "UPMhtxS0Wg9uhqOKY3our04n7n1SZH6WqI92kmvE9T8D6N4w3nKiu0YporuMoMqlgLhDdh"
    "icuV99tW3tODr1VAtxim5LmDq6yp98QghXTIEdoSerpizH6teprbCjDW0Q9rK7BJQfZ3Ei"
    "6kwZBcu3eaaaLqN79OhrATWGrrhhAlOT4eL2Tn4vTiEl0/XKqyc376+Vh2Ph8/TlHJ5ck5"
    "+jzH15/gA7rbOobk8+ESf04+g4OrsyaIZP04OzwCkm0BbQp0HLgUuNn0gIEDgSL+QnvS4T"
    "TuD1G1l+OS5mpJmnnakhKCGeU94q51tK0Ye7IFScIOo/hVOUFDyXLfB820nxUvkUKcN2OD"
    "HKb6yOkZLPirqArJJa3wctC4FXpiG+BPWb8W6S/6XURPVLIQfXX4ydV9UEooyq0sF42O9E"
    "3qtQH5wg5rUq8r9W+wsxq9kvWedC32pD7qI++qAto8zFPjoJNmwuGPvcCEqT7yAkOQgDqD"
    "C16BnkvzkbGz1Bm2O8InvcKLdLiJLTq5jYRbsRGDcVkaXhxwcRvgT1nvStfX4lDsj9tgeV"
    "lkIbjMsBBcJi4El9GFwEVSnXvZbzMePGJ0G8quvV3+ueSzyGTiWAoVX+Q0IIpTVpghKXo+"
    "yaIWOknWCp3ElEJh1BQTqlZSsKHVa0xiYxXuiQa2FxqJwqgNvCtZF2/veoMfYlcReyPx+x"
    "e08qAmFGzPmHSnyLp0mknJl6Ljiwc8gJY2xbl1EC9oTgvYwCQ2UOEeLDqXshxAT5JPoCex"
    "I2jGyOar59GOo5w37npCvy9245t28EYkmxi90wbuhazjVFmEr3cvZL0j9Dtir4drLS8Rsy"
    "9eow0ef8r6eCj0R2ijH6IJNh4o4x934mkbsEoxdzDqDHCEinvcYPBXoblYevjQV2ha+SST"
    "AYrtCSZPop18UiFmgOvbGCDXS9/GU4TyFKE79UdqlpciNBj10HM0Lc1jdf/4rUyuciYswa"
    "eQ6sSHpKmtLuZ77CoXwizRzsDHdJW1gWL6VTOFYqb1gfpA8qMus5z+DjSbZoKFAUX8DPuK"
    "mYbz9AwCqVlN+KrBtyPakoKeqVPdrhW3JNjKE7OEVH7RqDzT5+yniATBwuMqb9V0wOuHIg"
    "c0j7bCjgsNodMR78b4nNUG/rWsDxGbNyTB/drAv/bPXoyDV+DUNRSpBMSj938FT2TCWBr0"
    "g4cyUlDkXHaSJQT+SXIM/JNYUr31juabP4+X0fdD8e/3qGO7uIfoFe65G+IsR0u9a1x+Nx"
    "iOaSm9KtRP2QwnUuwm4rIsvNKuKUmJNVJhvahwd9eTcD+4F7J+3++iyTcUv0ni9zYI/sLd"
    "diugAtJt9ErWO+JwLF2TNpaXso6Pbd2h8B1NyOVloS4uXWDGRSRri0hc3iGGYLJO1afYuE"
    "a1Ih4FDIUqjeAAzULCpRgxt9qvstU+5dUL9nSIlPdztft5jlE0FewYWLC7WS3wXq9yrxuI"
    "JcBbWuFOZzbA+7zKfV5BReuWjBW4mpWbPOSZ9Zs+wfngEY9lhvly8kGERfuRjTxnqj5Fre"
    "X2YYjSfWQMfXPr3DAySD8yksSWj6yIc82y8PhKsg0cw18J0pq0NuqwuqbxVOI/xiF2yltF"
    "D26FfxyGWKreoH/jVQ+sup3e4CpqYIYjgeYU9wRpPvJ4xmp9HfH3+dALU31k/KaahehtTX"
    "eILn5NS+Hk1iq8LjSu7kdSXxyNFDQ3R/dDEfsshUsoPy4OlVtpNFqy5f5vWZd6PUIwGCpS"
    "/4/74Y82iBURrhtTCD3CctNLVCoK4y+oBH/J+mD8BQdBJF/VUK3pBmvLTd4fvPoV7vPK7g"
    "UmnCO+D4E594yDsqIep+T458cf/WmnkLwpRMjlTFWWMz1qpoUTwEzgopj+gNkA7/Mq9/kE"
    "mraG/kkhq/MILe/pSvc09y5gsIj19S5wFtOC/R2m5P29+/5mTHB2EhbuTVKerVGKW3YipG"
    "kO2R8WVO6is2EXnfioLQFTP/BiPVENTdW8rk+b9FQRoKlNnhsMHxX3TjPNO0X166xyS0mG"
    "lMd9rJbzRqLlcLKeP9l0eIOu9FtT7W8kfjmeVDkQdqvXEN0NZZjQbabo9o/RoJ9w8PRJoq"
    "cQbWKD/4KZZu2xAyQLXAxGuvA2Kqdthk8SuIErFtO1zc3sr/8HJE2CBA=="
)
