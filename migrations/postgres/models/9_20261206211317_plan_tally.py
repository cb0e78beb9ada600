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
        CREATE INDEX IF NOT EXISTS "idx_plan_status_029801" ON "plan" ("status", "head_office_prefecture", "applied_at");
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
        DROP INDEX IF EXISTS "idx_plan_status_029801";
        DROP TABLE IF EXISTS "plan_tally";
        DROP TABLE IF EXISTS "plan_tally_change";"""


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
    "BgKNrrj9jNYExXh81CbRfCAkdRu3E96B8qTqMWbjEobuULgexwUMfnFYvkDK24B8YY/C7W"
    "XdxvSetsRXlCx1JEv1iKs2CGgQikk2ys/YzSPcrp+1NpCUMn8yHzZ1KVx6hUKpla/vCuwn"
    "Odm0MCUXI1WMUQt2cojbyNPHIULexRXu4kfNtGycEBQuih2xmQ3w81eV+3wCTZxIFe16Rd"
    "LfsanrtmO2suyYreQdsxXPFEZxKybHitDy+VXl+WXCuapPce5uLzZeVllxnJLLi4tYU6CT"
    "9IyG5VNw8FNoFRQfpzXE52CV52Ck61QrX7SbBHI+G/PPxgcH4ecUlX/51BvCvgQWo/Fl8P"
    "WrIHUHbeBdyfp4gK7v24B+y/pXoT9GFciXrOOyoYTve1fYRPf+6h7b5aIvVF/qf5VQffxF"
    "7t2Q5twLWR99kb6SEvcCUfy4H31BBfRb1geIVvgutIF7UUTiVXKm64lhLgyzIN/JoK3umC"
    "jqNNbKImFsJUsYW5VKUFuxpW8rIdoXOB+gbqOt4xXmRj2BvH7gbyQZc7L6Kyv+yS3UbqnJ"
    "ostIVmXENBlB5Ap4QiSQ12/gtzIN/FbKwG/FB/4CgZRrnC8J6gdw+bqOLeccrza6m3DomU"
    "wcS3lwLE1H0z5nTCEWbf1gLz9Ow7/VyVqBNIL0Fca7cStiPxAceFroS/8knoNtwCjEiXHv"
    "sL8iDlNN7+MEuZGiImeokyxZcU+S0+KexPLiYuwN80nVtf91Ndc52czEBirck1Xi8h/Rgx"
    "Us5FNopM+80XwT6Xlk37iBxyMNMOtGXXUmZMDSLEv5gc/SFu+EeCdMjTm0bG2CU6iYjmaT"
    "pI4FQ4lnaasOC9HWJa2qhUCdG7r9PHtXLHWmmgwP3sS5kUTOp0N8OjyriOk0dJZdZ6qfbo"
    "iumHtuxZDdjpMuwSx9vUnmdpjEdVhgtsDpFNxnS9lSa+eFS62k8HEK831mgj46wWySQZum"
    "gt6/0ZwCJVYpJ2MJWafYTEhC5vn1Q+G4MI1f+bVDYar6raUbUU9Q0ILn7vyQR6nrB/1Gtj"
    "EKXm5BboSshmBvQpxLUcuvkwiT1RDs0jUTFDJ8qFgYb4jfMh5xlA7D1FlBeNMzV6e3xI8q"
    "mY8q+KFUoDFBJ+iEZT49mBO7BR7NKQ/62B3TQmsNfqWC8Eea4PhnwZ/HamBsA/WN1eAspg"
    "X7O0zJ+3v3/c0wrHbfPm5OmCtUQJiIp1pcmWrRBSwOce5kix3akjBZiuL2C+i/vLG0IuNi"
    "eIjlzrkYCjeoTp6xSool23eJr78O4SyJMXORF5YNbXXt2izs4bXgWdWfoBJwoV8Tsg5pUP"
    "Dbqyty8HX98YVD1oivNR5eaBBAxImXAFOPtlRXoKiyZU2cvpNG6gqRCReGue6MoxANSVN1"
    "AmrTAbfoKpUQdWu5hKWH3lLgsh7PK7JPXG4TJIfGKhA8ZouHRR5SpJjrrTpJVm2ttiv2qa"
    "ucqKExEr6Jihv5zL/GRsRXtxIuI99+2DI/ahkOUObV8q5kXeh0xDtUQr+9wGheWDQvKNoP"
    "LyTaDy/0mRf4zAt75kU9I4HYhgP0YsGcKSQqW6xU1tFUFYd9oad0Bre3JBh8tCRbBhm3BA"
    "EXruIVeP8TP1wZijfSCD2FBItjFUdqY0vsWF1aiP/9WEJY4Rwyfk1GoayPh0J/dE1i0Hn1"
    "YkWy3pVGnUF/LPXvabIZv3LSnUh+m2UcPFZptC75R/HKbnGkdjBmHqM4VpsOsXjzgTsRmk"
    "Afs8sj+XmW/5VVGs/l05P6rGQ+pLiRbWMK69Uy6TBTVJgxDeajacyV9QI3RpqosDaTB3Bc"
    "I4Aj2gfXGyehBvgoqecoQUyNYSqmMSucaCbcQqVZI8Qx3Al9zKrQC1m/uh+Kwr2CGMvr6z"
    "YI/pL125409u7414glQdsO2bqx89VgeINYkkgJGoSIQfkxwlwTvSjU2edZOjvKTwc6+5wR"
    "cSFv3Cce8Gm9gE8UPkWzFPQK0NTz589it8BV/llU/kRqz9gA/xgN+glw+yTRs7w2scF/wU"
    "yz9tDLJAVvjEX6uI8O8cjJHDcQHfd0UyikkmWRbsjRZ/8kVlGEqZNmAXyDhBzdGLpEsJsL"
    "1gAFNyNYaUbg5axY04bAS46xX9hmtRwIDKkEs4HEJXcX9hnVWhGygszabjKjTVbRErAe4X"
    "burUxazn2GObjr5LaE2bQy0NPFJ6gDA6r6FQrBWaDmKpVgY6BDIDtnqF9k57N6OpWd88vz"
    "Kb5unaDyFnwEz+gvgId3YD9D4A7U34E6mwHjEZfNgWpCQE2y4RQcdAe3gtRHjR4fqxcnR6"
    "3Do+jpc2sP5WrNaqk1EduusVVgyXxNgIT7ypKlzEEomJrN2GQzSsyCDVRYqtK4lfpE4dUG"
    "3pWs3wy+icP+AJV5V0VkWyVHby0WUnErYRR36dVVbhzFJ1OdFpYSL4krDHPjRuyLQ6GHhj"
    "a9kPXRndiRcIl7UWSsl5x1PH984hpHJc4iIk+WkMcE5K/qTEvNTc0GOEL2oZ32ueCEC052"
    "fdhMEpx0hFFH6Iq7PGSO0RHqvZFwxKQ3mysPmPay3srjJW7WAqo+Ba4tNj6/Gej4h5NItI"
    "EKcIO/WYBq+puAZjVoAhz1+G806jHw+STSEInDhZqJnSo3+CxZD/hygIM/VHQeBXhRPWyS"
    "eviUSh8KVBu90INjQwtgiMkh9ucTHi4/wYEKHjQbWNAmbf5EjR5NjTm6d4TfzToiyB59Hw"
    "y/ikPlShqPfv4OfvsNvKHDKyQPIQ2BGVRfIf6r/tOA4aBGTYCa1yzS84dHso6eQRr+CYgU"
    "zSJtkBLwpqF/ptq4LcsmMLl/ALVPDt0INHAAX6H5TijcgzctRy9Eask6fSH8T9FTjRgICJ"
    "+fbm/8DKBk4ado9hHooNbQH5lOgbMABnrY8g1/s2SdrtIWeg118kzfQiOk6HUPUf/Z6JE2"
    "JYuhj/sVrUHkn9GXXKD7E2P+oOmkG5MkBMG0wYEkG8ykwWR8kIUMPwFf0LbRhkyPV/820H"
    "qBFrgng4aMg/PFzHgnGlX3Kf+KSCT+9NsKmL/4T+dJircqslh2RhjX0RzN1ERwl0Tbk1hs"
    "HuLW6cX5El38Iw3Y0a3Q68VlF2kWYWwoN5/meZcn5NLjnqTlFGIDvGYeoY8G8M5EPRUHul"
    "xZT2x/zQp0jLCGWJct0AlzLJmlOmGyGuJc8piOsoJZgY7S1RDp8nPKxvnsHIgziTnsGWAn"
    "R8ucwjcWunvNKJem6Ut0X18RXZgjmirN3LH0jcbyaKTJ4NwqzWySOGXiV18pkBM8KRiV70"
    "RlYT6j2qTCr0Pw9mxYEOAnaVjmhEUoc81GQwi8mZoNwVx9B8/qK4zJ4zb3KFmnf3n6O7lh"
    "Q52Yipja0xMa/U3UwgsqUt9QdU9SRV7CIlYjRBSG2lSfsOAtQQq0jp3Ilfb0UeQul6enrd"
    "bF6XHr/PPZp4uLs8/Hyykav5U2V6+kGzxdQzvNaukMlydwecJ+A8zlCVyesP/yhIrwWEPU"
    "BT0NsQyJgXUiNVI5LJJSe4Yr54ixQ2xbHcTFGI9EP0eCdqCrd6KIxFpDyqUQ/RvW2c2Mpy"
    "fUV1irdbBQLQux8FOAUx3biI9BJ1GEOT33xyxoS3+KrJvwScN/EDd32FxySlhzZqsm4o6I"
    "tpMo0tC00G3gZqQlz0Ftq+hCnxpv4EC4zGqC+2cgsskLDaqt2lzNteWAQymhaRL9uPYgHE"
    "1RyUiW/aeVvAG1YjvQCyvwfDK6L8zo8nWAdiOJFaodL6sq9nJ7ETCrIqyE7xLF4CJC/lLJ"
    "DAR1N3K8eitZhytXMoKjPTSBNl/MIBZCo97+m2E+ka0Xve7s3UL77sQ16DkQTo7xTk1jxG"
    "MxCOYHpnNNpxu5Ycbdbzb4HO5xU619HfF9GtsgNnnvCdKUswHtFuKwxXaW3ec8efM5j+09"
    "6wSv4WFr9iBsTZoMbHUXrykP25LryZfB16+C1B20gXcl6+MBur5vA/ot61+F/hhVIF+yjs"
    "uGEr7vXeEoh/dX9zi2IfpC9aX+VwnVx1/k3g1pzr2Q9dEX6SspcS8QxY/70RdUQL9lfYBo"
    "he9CG7gXRcZDya5eU81azNT8eQGjdNub8Y1GbCyUtppuJhugK5/ASbdyCetihFVeVgsfn8"
    "4yHZ/OUo5PZ4mIu2q1AklrEprgB6zKHbCCHa9ZCpbjvDKWstSoYCG6LcYC8/jGYLcueckq"
    "RwLjyb8YC9t+JoNKSv6VQ3ARStaMz9cKlaaum1iHNpY190k1HT3T01V4eJWRJ+YjwKXr6C"
    "9OYBlZmwJN1RStqfGmzwx1Wlp+q67b4P5yOemAWdCySli2HPt5RFuq6cBy84GVsWhR08A6"
    "r1nwVwkZiUTSyBBO0JGkrrPPz/6zxYRp+zKiNqkbGnsGE8OAuUSDoSdiV2ym6YyWxhiKGa"
    "VZqT+SnU8QQtm5OL94kJ3LVusUHAinh23wbKC/BVRAJPtA6oJHwwQtVOyYFiBxQ4DsnF+c"
    "TkK0OOwaDl1gEU9tbHFiGm/E+MNrpw1oGIeQdmknbyHraNnQcCg4bAGjWcCEaHpM4DKGHL"
    "pvo0I0aC27CSyDFNJRDMjYxV759gw9Bo2liWOa2LrFrW9x1RZXbVUS4g2rttxIksraIeeY"
    "DVVZOrs/sec8aIsZErOpK6ypqoY9sQdb/mBoccoqT4OiK1GWhSh7WDQPs5w2dBGyTeG8uw"
    "W/fCtFDzIbcUtFoPboajimN6Lq9OJ+59UmR+lqiPdpJrxPU/A+jeMN5yortGKaK7jKDKpY"
    "C4Q3YYnLlffbVt7Tg69VQLcYpuS5g6usqffEIIV0yBHaEnq6Ysx+rXqa2wow1tEPayuwSU"
    "H2dxIupMGQXLt3mmmi6je/ToawE1hq64YQJTk+Hi9k5+L04hJdP1yqsnN++vlYdj4fP05R"
    "yeXJOfo8x9ef4AO62zqG5PPhEn9OPoODq7MmiGT9ODs8ApJtAW0KdBy4FLjZ9ICBA4Ei/k"
    "J70uE07g9RtZfjkuZqSZp52pISghnlPeKudbStGHuyBUnCDqP4VTlBQ8ly3wfNtJ8VL5FC"
    "nDdjgxym+sjpGSz4q6gKySWt8HLQuBV6YhvgT1m/Fukv+l1ET1SyEH11+MnVfVBKKMqtLB"
    "eNjvRN6rUB+cIOa1KvK/VvsLMavZL1nnQt9qQ+6iPvqgLaPMxT46CTZsLhj73AhKk+8gJD"
    "kIA6gwtegZ5L85Gxs9QZtjvCJ73Ci3S4iS06uY2EW7ERg3FZGl4ccHEb4E9Z70rX1+JQ7I"
    "/bYHlZZCG4zLAQXCYuBJfRhcBFUp172W8zHjxidBvKrr1d/rnks8hk4lgKFV/kNCCKU1aY"
    "ISl6PsmiFjpJ1gqdxJRCYdQUE6pWUrCh1WtMYmMV7okGthcaicKoDbwrWRdv73qDH2JXEX"
    "sj8fsXtPKgJhRsz5h0p8i6dJpJyZei44sHPICWNsW5dRAvaE4L2MAkNlDhHiw6l7IcQE+S"
    "T6AnsSNoxsjmq+fRjqOcN+56Qr8vduObdvBGJJsYvdMG7oWs41RZhK93L2S9I/Q7Yq+Hay"
    "0vEbMvXqMNHn/K+ngo9Edoox+iCTYeKOMfd+JpG7BKMXcw6gxwhIp73GDwV6G5WHr40Fdo"
    "WvkkkwGK7QkmT6KdfFIhZoDr2xgg10vfxlOE8hShO/VHapaXIjQY9dBzNC3NY3X/+K1Mrn"
    "ImLMGnkOrEh6SprS7me+wqF8Is0c7Ax3SVtYFi+lUzhWKm9YH6QPKjLrOc/g40m2aChQFF"
    "/Az7ipmG8/QMAqlZTfiqwbcj2pKCnqlT3a4VtyTYyhOzhFR+0ag80+fsp4gEwcLjKm/VdM"
    "DrhyIHNI+2wo4LDaHTEe/G+JzVBv61rA8Rmzckwf3awL/2z16Mg1fg1DUUqQTEo/d/BU9k"
    "wlga9IOHMlJQ5Fx2kiUE/klyDPyTWFK99Y7mmz+Pl9H3Q/Hv96hju7iH6BXuuRviLEdLvW"
    "tcfjcYjmkpvSrUT9kMJ1LsJuKyLLzSrilJiTVSYb2ocHfXk3A/uBeyft/vosk3FL9J4vc2"
    "CP7C3XYroALSbfRK1jvicCxdkzaWl7KOj23dofAdTcjlZaEuLl1gxkUka4tIXN4hhmCyTt"
    "Wn2LhGtSIeBQyFKo3gAM1CwqUYMbfar7LVPuXVC/Z0iJT3c7X7eY5RNBXsGFiwu1kt8F6v"
    "cq8biCXAW1rhTmc2wPu8yn1eQUXrlowVuJqVmzzkmfWbPsH54BGPZYb5cvJBhEX7kY08Z6"
    "o+Ra3l9mGI0n1kDH1z69wwMkg/MpLElo+siHPNsvD4SrINHMNfCdKatDbqsLqm8VTiP8Yh"
    "dspbRQ9uhX8chliq3qB/41UPrLqd3uAqamCGI4HmFPcEaT7yeMZqfR3x9/nQC1N9ZPymmo"
    "XobU13iC5+TUvh5NYqvC40ru5HUl8cjRQ0N0f3QxH7LIVLKD8uDpVbaTRasuX+b1mXej1C"
    "MBgqUv+P++GPNogVEa4bUwg9wnLTS1QqCuMvqAR/yfpg/AUHQSRf1VCt6QZry03eH7z6Fe"
    "7zyu4FJpwjvg+BOfeMg7KiHqfk+OfHH/1pp5C8KUTI5UxVljM9aqaFE8BM4KKY/oDZAO/z"
    "Kvf5BJq2hv5JIavzCC3v6Ur3NPcuYLCI9fUucBbTgv0dpuT9vfv+ZkxwdhIW7k1Snq1Ril"
    "t2IqRpDtkfFlTuorNhF534qC0BUz/wYj1RDU3VvK5Pm/RUEaCpTZ4bDB8V904zzTtF9eus"
    "cktJhpTHfayW80ai5XCynj/ZdHiDrvRbU+1vJH45nlQ5EHar1xDdDWWY0G2m6PaP0aCfcP"
    "D0SaKnEG1ig/+CmWbtsQMkC1wMRrrwNiqnbYZPEriBKxbTtc3N7K//BwsOlBQ="
)
